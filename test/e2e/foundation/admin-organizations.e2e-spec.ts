import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { provisionOrganization, type OrganizationFixture } from '../../support/admin-client';
import { startTestApps, TEST_ADMIN_TOKEN, type TestApps } from '../../support/test-apps';
import {
  ADMIN_AUTH,
  createMember,
  queryDb,
  type AdminErrorBody,
  type MemberBody,
} from './foundation-helpers';

interface OrganizationBody {
  id: string;
  name: string;
  plan: string;
  ssoConfigured: boolean;
  createdAt: string;
}

interface MemberPageBody {
  totalResults: number;
  startIndex: number;
  itemsPerPage: number;
  members: MemberBody[];
}

describe('Internal admin API: organizations and members (/internal/organizations)', () => {
  let apps: TestApps;

  beforeAll(async () => {
    apps = await startTestApps();
  });

  afterAll(async () => {
    await apps.close();
  });

  const admin = () => request(apps.adminApi.getHttpServer());
  const provision = (name: string): Promise<OrganizationFixture> =>
    provisionOrganization(apps.adminApi, apps.scimApi, { name });
  const messages = (body: unknown): string =>
    ([] as string[]).concat((body as AdminErrorBody).message).join('\n');

  describe('organizations', () => {
    it('should create, read and update an organization', async () => {
      const created = await admin()
        .post('/internal/organizations')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: 'Initech', plan: 'team', ssoConfigured: false });
      expect(created.status).toBe(201);
      const org = created.body as OrganizationBody;
      expect(org).toMatchObject({
        id: expect.any(String),
        name: 'Initech',
        plan: 'team',
        ssoConfigured: false,
      });
      expect(Number.isNaN(Date.parse(org.createdAt))).toBe(false);

      await expect(
        admin().get(`/internal/organizations/${org.id}`).set('Authorization', ADMIN_AUTH),
      ).resolves.toMatchObject({
        status: 200,
        body: { id: org.id, name: 'Initech', plan: 'team', ssoConfigured: false, createdAt: org.createdAt },
      });
      const patched = await admin()
        .patch(`/internal/organizations/${org.id}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ plan: 'enterprise', ssoConfigured: true });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({
        id: org.id,
        name: 'Initech',
        plan: 'enterprise',
        ssoConfigured: true,
      });
      const read = await admin()
        .get(`/internal/organizations/${org.id}`)
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(read.body).toMatchObject({ plan: 'enterprise', ssoConfigured: true });
    });

    it('should answer 400 with one message per bad field', async () => {
      const res = await admin()
        .post('/internal/organizations')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: 42, plan: 'gold', ssoConfigured: 'yes', color: 'red' });

      expect(res.status).toBe(400);
      const text = messages(res.body);
      for (const field of ['name', 'plan', 'ssoConfigured', 'color']) expect(text).toContain(field);
      const patch = await admin()
        .patch(`/internal/organizations/${(await provision('Strict')).orgId}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ plan: 'platinum', owner: 'x' });
      expect(patch.status).toBe(400);
      expect(messages(patch.body)).toMatch(/plan[\s\S]*owner|owner[\s\S]*plan/);
    });

    it.each([
      ['an unknown organization', () => randomUUID()],
      ['an id that is not a uuid', () => 'initech'],
    ])('should answer 404 for %s', async (_case, orgId) => {
      const id = orgId();
      await admin().get(`/internal/organizations/${id}`).set('Authorization', ADMIN_AUTH).expect(404);
      await admin()
        .patch(`/internal/organizations/${id}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ name: 'x' })
        .expect(404);
      await admin()
        .post(`/internal/organizations/${id}/members`)
        .set('Authorization', ADMIN_AUTH)
        .send({ userName: 'a@x.example', role: 'User' })
        .expect(404);
      await admin().get(`/internal/organizations/${id}/members`).set('Authorization', ADMIN_AUTH).expect(404);
      await admin()
        .get(`/internal/organizations/${id}/scim-tokens`)
        .set('Authorization', ADMIN_AUTH)
        .expect(404);
      await admin()
        .get(`/internal/organizations/${id}/provisioning-events`)
        .set('Authorization', ADMIN_AUTH)
        .expect(404);
    });
  });

  describe('members', () => {
    it('should create a member and refuse the same userName in any letter case with 409', async () => {
      const org = await provision('Members');
      const member = await createMember(apps.adminApi, org.orgId, {
        userName: 'Jane.Doe@acme.example',
        givenName: 'Jane',
        familyName: 'Doe',
        role: 'Guest',
      });
      expect(member).toMatchObject({
        organizationId: org.orgId,
        userName: 'Jane.Doe@acme.example',
        role: 'Guest',
        active: true,
      });

      const duplicate = await admin()
        .post(`/internal/organizations/${org.orgId}/members`)
        .set('Authorization', ADMIN_AUTH)
        .send({ userName: 'jane.doe@ACME.example', role: 'User' });
      expect(duplicate.status).toBe(409);
      const other = await provision('Elsewhere');
      await createMember(apps.adminApi, other.orgId, { userName: 'jane.doe@acme.example', role: 'User' });
    });

    it('should refuse an unknown role and unknown fields with 400', async () => {
      const org = await provision('Roles');
      const res = await admin()
        .post(`/internal/organizations/${org.orgId}/members`)
        .set('Authorization', ADMIN_AUTH)
        .send({ userName: 'x@acme.example', role: 'Owner', nickname: 'x' });

      expect(res.status).toBe(400);
      expect(messages(res.body)).toMatch(/role[\s\S]*nickname|nickname[\s\S]*role/);
    });

    it('should page members with startIndex and count', async () => {
      const org = await provision('Paged');
      for (const n of [1, 2, 3])
        await createMember(apps.adminApi, org.orgId, { userName: `m${n}@acme.example`, role: 'User' });

      const res = await admin()
        .get(`/internal/organizations/${org.orgId}/members`)
        .query({ startIndex: 2, count: 2 })
        .set('Authorization', ADMIN_AUTH);

      expect(res.status).toBe(200);
      const page = res.body as MemberPageBody;
      expect(page).toMatchObject({ totalResults: 4, startIndex: 2, itemsPerPage: 2 });
      expect(page.members.map((member) => member.userName)).toEqual(['m1@acme.example', 'm2@acme.example']);
      await admin()
        .get(`/internal/organizations/${org.orgId}/members?startIndex=0`)
        .set('Authorization', ADMIN_AUTH)
        .expect(400);
    });
  });

  describe('authentication', () => {
    const routes = (orgId: string, tokenId: string): [string, string][] => [
      ['post', '/internal/organizations'],
      ['get', `/internal/organizations/${orgId}`],
      ['patch', `/internal/organizations/${orgId}`],
      ['post', `/internal/organizations/${orgId}/members`],
      ['get', `/internal/organizations/${orgId}/members`],
      ['post', '/internal/sessions'],
      ['get', `/internal/organizations/${orgId}/scim-tokens`],
      ['delete', `/internal/organizations/${orgId}/scim-tokens/${tokenId}`],
      ['get', `/internal/organizations/${orgId}/provisioning-events`],
    ];

    it.each([
      ['no Authorization header', undefined],
      ['a wrong token', `Bearer ${TEST_ADMIN_TOKEN.slice(0, -1)}X`],
      ['a prefix of the token', `Bearer ${TEST_ADMIN_TOKEN.slice(0, 10)}`],
      ['another scheme', `Basic ${TEST_ADMIN_TOKEN}`],
    ])('should answer 401 on every route for %s', async (_case, authorization) => {
      const org = await provision('Locked');
      const tokenId = (
        await queryDb<{ id: string }>(apps.db.url, 'SELECT id FROM scim_tokens WHERE organization_id = $1', [
          org.orgId,
        ])
      )[0].id;
      const body = {
        name: 'Evil',
        plan: 'enterprise',
        ssoConfigured: true,
        organizationId: org.orgId,
        memberId: org.adminId,
      };

      const statuses: string[] = [];
      for (const [method, path] of routes(org.orgId, tokenId)) {
        let call =
          method === 'get'
            ? admin().get(path)
            : method === 'post'
              ? admin().post(path).send(body)
              : method === 'patch'
                ? admin().patch(path).send({ name: 'Evil' })
                : admin().delete(path);
        if (authorization !== undefined) call = call.set('Authorization', authorization);
        const res = await call;
        // RFC 6750 §3: a 401 names the scheme the client must use.
        const challenge = String(res.headers['www-authenticate']).startsWith('Bearer')
          ? ''
          : ' (no Bearer challenge)';
        statuses.push(`${method.toUpperCase()} ${path} ${res.status}${challenge}`);
      }

      expect(statuses).toEqual(
        routes(org.orgId, tokenId).map(([method, path]) => `${method.toUpperCase()} ${path} 401`),
      );
      const effects = await queryDb<{ evil: string; revoked: string; sessions: string }>(
        apps.db.url,
        `SELECT (SELECT count(*) FROM organizations WHERE name = 'Evil') AS evil,
                (SELECT count(*) FROM scim_tokens WHERE id = $1 AND revoked_at IS NOT NULL) AS revoked,
                (SELECT count(*) FROM sessions WHERE member_id = $2) AS sessions`,
        [tokenId, org.adminId],
      );
      expect(effects[0]).toEqual({ evil: '0', revoked: '0', sessions: '1' });
    });
  });
});
