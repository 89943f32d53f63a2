import { createHash } from 'node:crypto';
import request from 'supertest';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { TEST_ADMIN_TOKEN, TEST_PUBLIC_URL } from '../../support/test-apps';

/** Wire shapes of the settings and admin APIs as the tests read them (dates arrive as ISO strings). */
export interface ScimTokenBody {
  id: string;
  label: string;
  hint: string;
  createdAt: string;
  createdBy: string | null;
  lastUsedAt: string | null;
  expiresAt: string | null;
}

export interface ScimSettingsBody {
  baseUrl: string;
  prerequisites: { enterprisePlan: boolean; ssoConfigured: boolean; callerIsAdmin: boolean };
  tokens: ScimTokenBody[];
}

export interface IssuedTokenBody {
  id: string;
  token: string;
  baseUrl: string;
  label: string;
  hint: string;
  createdAt: string;
  expiresAt: string | null;
}

/** The settings API's error body. */
export interface ApiErrorBody {
  statusCode: number;
  message: string;
}

/** Nest's default error body on the admin listener; validation errors list one message per problem. */
export interface AdminErrorBody {
  statusCode: number;
  message: string | string[];
}

export interface ScimListBody {
  totalResults: number;
  Resources: unknown[];
}

export interface MemberBody {
  id: string;
  organizationId: string;
  userName: string;
  givenName: string | null;
  familyName: string | null;
  active: boolean;
  role: string;
  createdAt: string;
}

export interface SessionBody {
  token: string;
  expiresAt: string;
}

export const SCIM_BASE_URL = `${TEST_PUBLIC_URL}/api/scim?aadOptscim062020`;
export const SCIM_TOKEN_SHAPE = /^scim_[A-Za-z0-9_-]{43}$/;
export const SESSION_TOKEN_SHAPE = /^sess_[A-Za-z0-9_-]{43}$/;
export const ADMIN_AUTH = `Bearer ${TEST_ADMIN_TOKEN}`;
export const DAY_MS = 86_400_000;

export function bearer(token: string): string {
  return `Bearer ${token}`;
}

export function sha256hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

export function settingsPath(orgId: string, suffix = ''): string {
  return `/api/organizations/${orgId}/scim${suffix}`;
}

/** The cheapest SCIM call an IdP makes (Entra's "Test connection"): 200 with no results for a working token. */
export function scimProbe(scimApi: NestExpressApplication, token: string): request.Test {
  return request(scimApi.getHttpServer())
    .get('/api/scim/Users')
    .query({ filter: 'userName eq "x"' })
    .set('Authorization', bearer(token));
}

export function issueToken(
  scimApi: NestExpressApplication,
  orgId: string,
  sessionToken: string,
  body: Record<string, unknown> = {},
): request.Test {
  return request(scimApi.getHttpServer())
    .post(settingsPath(orgId, '/tokens'))
    .set('Authorization', bearer(sessionToken))
    .send(body);
}

export async function createMember(
  adminApi: NestExpressApplication,
  orgId: string,
  body: { userName: string; role: 'Admin' | 'User' | 'Guest'; givenName?: string; familyName?: string },
): Promise<MemberBody> {
  const res = await request(adminApi.getHttpServer())
    .post(`/internal/organizations/${orgId}/members`)
    .set('Authorization', ADMIN_AUTH)
    .send(body)
    .expect(201);
  return res.body as MemberBody;
}

export async function createSession(
  adminApi: NestExpressApplication,
  organizationId: string,
  memberId: string,
): Promise<string> {
  const res = await request(adminApi.getHttpServer())
    .post('/internal/sessions')
    .set('Authorization', ADMIN_AUTH)
    .send({ organizationId, memberId })
    .expect(201);
  return (res.body as SessionBody).token;
}

/** Polls until `probe` yields a value other than undefined; fails with `what` after `timeoutMs`. */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 3000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export { queryDb } from '../../support/query-db';
