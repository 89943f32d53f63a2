import request from 'supertest';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  CORE_USER_SCHEMA,
  ENTERPRISE_USER_SCHEMA,
  LAMBDATEST_USER_SCHEMA,
  PATCH_OP_SCHEMA,
  SCIM_ERROR_SCHEMA,
  type ScimErrorType,
  type ScimListResponse,
  type ScimPatchOperation,
  type ScimUser,
} from '@app/scim-core';
import { provisionOrganization, type OrganizationFixture } from '../../support/admin-client';
import { TEST_ADMIN_TOKEN, type TestApps } from '../../support/test-apps';

export {
  CORE_USER_SCHEMA,
  ENTERPRISE_USER_SCHEMA,
  LAMBDATEST_USER_SCHEMA,
  PATCH_OP_SCHEMA,
  SCIM_ERROR_SCHEMA,
};

export const ADMIN_AUTH = `Bearer ${TEST_ADMIN_TOKEN}`;
export const OWNER_USER_NAME = 'owner@acme.example';
/** The query flag Entra keeps on every call when the tenant URL carries it (idp-behaviour §1). */
export const ENTRA_FLAG = 'aadOptscim062020';
export const SCIM_MEDIA_TYPE = /^application\/scim\+json/;

/** The error body of RFC 7644 §3.12 as the wire carries it: status is a string. */
export interface ScimErrorWire {
  schemas: string[];
  status: string;
  scimType?: ScimErrorType;
  detail: string;
}

export type ScimUserList = ScimListResponse<ScimUser>;

/** One provisioning event as GET /internal/organizations/{orgId}/provisioning-events returns it (dates as ISO). */
export interface ProvisioningEventWire {
  id: string;
  at: string;
  actor: { type: string; id: string | null };
  action: string;
  target: { memberId: string | null; userName: string | null };
  outcome: 'success' | 'failure';
  httpStatus: number;
  detail: string | null;
  requestId: string | null;
}

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A SCIM caller holding one organization's bearer token, as an IdP does. */
export class ScimClient {
  constructor(
    private readonly app: NestExpressApplication,
    readonly token: string,
  ) {}

  send(method: Method, path: string, body?: unknown): request.Test {
    const call = request(this.app.getHttpServer())
      [method](`/api/scim${path}`)
      .set('Authorization', `Bearer ${this.token}`);
    return body === undefined
      ? call
      : call.set('Content-Type', 'application/scim+json').send(JSON.stringify(body));
  }

  get(path: string): request.Test {
    return this.send('get', path);
  }

  post(path: string, body: unknown): request.Test {
    return this.send('post', path, body);
  }

  put(path: string, body: unknown): request.Test {
    return this.send('put', path, body);
  }

  patch(path: string, body: unknown): request.Test {
    return this.send('patch', path, body);
  }

  delete(path: string): request.Test {
    return this.send('delete', path);
  }

  /** GET /Users with the query parameters encoded as a client would. */
  list(query: Record<string, string | number> = {}): request.Test {
    return request(this.app.getHttpServer())
      .get('/api/scim/Users')
      .query(query)
      .set('Authorization', `Bearer ${this.token}`);
  }

  async createUser(body: Record<string, unknown>): Promise<ScimUser> {
    const res = await this.post('/Users', body);
    if (res.status !== 201) throw new Error(`POST /Users answered ${res.status}: ${res.text}`);
    return res.body as ScimUser;
  }

  async getUser(id: string): Promise<ScimUser> {
    const res = await this.get(`/Users/${id}`);
    if (res.status !== 200) throw new Error(`GET /Users/${id} answered ${res.status}: ${res.text}`);
    return res.body as ScimUser;
  }

  async findByUserName(userName: string): Promise<ScimUserList> {
    const res = await this.list({ filter: `userName eq "${userName}"` });
    if (res.status !== 200) throw new Error(`GET /Users?filter answered ${res.status}: ${res.text}`);
    return res.body as ScimUserList;
  }
}

export interface ScimOrg extends OrganizationFixture {
  scim: ScimClient;
}

export async function provisionScimOrg(apps: TestApps, name = 'Acme'): Promise<ScimOrg> {
  const org = await provisionOrganization(apps.adminApi, apps.scimApi, { name });
  return { ...org, scim: new ScimClient(apps.scimApi, org.scimToken) };
}

/** The smallest body the vendor contract accepts on POST: userName, active, name.givenName, name.familyName. */
export function userBody(userName: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemas: [CORE_USER_SCHEMA],
    userName,
    active: true,
    name: { givenName: 'Given', familyName: 'Family' },
    ...extra,
  };
}

export function patchBody(
  ...operations: (ScimPatchOperation | Record<string, unknown>)[]
): Record<string, unknown> {
  return { schemas: [PATCH_OP_SCHEMA], Operations: operations };
}

export function roleOf(user: Partial<ScimUser>): string | undefined {
  return user[LAMBDATEST_USER_SCHEMA]?.OrganizationRole;
}

export function expectScimError(
  res: request.Response,
  status: number,
  scimType?: ScimErrorType,
): ScimErrorWire {
  expect({ status: res.status, type: res.type }).toEqual({ status, type: 'application/scim+json' });
  const body = res.body as ScimErrorWire;
  expect(body.schemas).toEqual([SCIM_ERROR_SCHEMA]);
  expect(body.status).toBe(String(status));
  if (scimType !== undefined) expect(body.scimType).toBe(scimType);
  expect(typeof body.detail).toBe('string');
  return body;
}

export async function listEvents(apps: TestApps, orgId: string): Promise<ProvisioningEventWire[]> {
  const res = await request(apps.adminApi.getHttpServer())
    .get(`/internal/organizations/${orgId}/provisioning-events`)
    .query({ limit: 500 })
    .set('Authorization', ADMIN_AUTH)
    .expect(200);
  return (res.body as { events: ProvisioningEventWire[] }).events;
}

/** A console session for a member, as the sign-in service creates one after SSO. */
export async function createSession(
  apps: TestApps,
  organizationId: string,
  memberId: string,
): Promise<string> {
  const res = await request(apps.adminApi.getHttpServer())
    .post('/internal/sessions')
    .set('Authorization', ADMIN_AUTH)
    .send({ organizationId, memberId })
    .expect(201);
  return (res.body as { token: string }).token;
}

/** The status the settings API gives a session: 200 while it works, 401 once it does not. */
export async function settingsStatus(apps: TestApps, orgId: string, sessionToken: string): Promise<number> {
  const res = await request(apps.scimApi.getHttpServer())
    .get(`/api/organizations/${orgId}/scim`)
    .set('Authorization', `Bearer ${sessionToken}`);
  return res.status;
}

export { queryDb } from '../../support/query-db';
