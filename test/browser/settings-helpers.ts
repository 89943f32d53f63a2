import request from 'supertest';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ScimTokenCache } from '@app/tokens';
import { TEST_ADMIN_TOKEN } from '../support/test-apps';

export const ADMIN_AUTH = `Bearer ${TEST_ADMIN_TOKEN}`;

export function bearer(token: string): string {
  return `Bearer ${token}`;
}

export type RoleName = 'Admin' | 'User' | 'Guest';

/** A console member and a session for it, through the internal admin API as the sign-in service would. */
export async function memberWithSession(
  adminApi: NestExpressApplication,
  orgId: string,
  userName: string,
  role: RoleName,
): Promise<{ memberId: string; sessionToken: string }> {
  const member = await request(adminApi.getHttpServer())
    .post(`/internal/organizations/${orgId}/members`)
    .set('Authorization', ADMIN_AUTH)
    .send({ userName, role })
    .expect(201);
  const memberId = (member.body as { id: string }).id;
  const session = await request(adminApi.getHttpServer())
    .post('/internal/sessions')
    .set('Authorization', ADMIN_AUTH)
    .send({ organizationId: orgId, memberId })
    .expect(201);
  return { memberId, sessionToken: (session.body as { token: string }).token };
}

export function scimUser(userName: string, active = true): Record<string, unknown> {
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    userName,
    active,
    name: { givenName: 'B', familyName: 'X' },
  };
}

/** POST /Users as an identity provider does; resolves to the HTTP status. */
export async function scimCreate(
  scimApi: NestExpressApplication,
  scimToken: string,
  userName: string,
  active = true,
): Promise<{ status: number; id?: string }> {
  const res = await request(scimApi.getHttpServer())
    .post('/api/scim/Users')
    .set('Authorization', bearer(scimToken))
    .set('Content-Type', 'application/scim+json')
    .send(JSON.stringify(scimUser(userName, active)));
  return { status: res.status, id: (res.body as { id?: string }).id };
}

/** Entra's "Test connection": 200 with no results for a working token, 401 for a revoked one. */
export async function scimProbe(scimApi: NestExpressApplication, scimToken: string): Promise<number> {
  const res = await request(scimApi.getHttpServer())
    .get('/api/scim/Users')
    .query({ filter: 'userName eq "x"' })
    .set('Authorization', bearer(scimToken));
  return res.status;
}

/** Polls until `probe` yields a value; fails naming `what` after the SCIM token cache's TTL and a margin. */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = ScimTokenCache.CACHE_TTL_MS + 1_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
