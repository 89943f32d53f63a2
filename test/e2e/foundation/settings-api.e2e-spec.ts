import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { provisionOrganization, type OrganizationFixture } from '../../support/admin-client';
import { startTestApps, type TestApps } from '../../support/test-apps';
import {
  ADMIN_AUTH,
  bearer,
  createMember,
  createSession,
  issueToken,
  queryDb,
  SCIM_BASE_URL,
  SCIM_TOKEN_SHAPE,
  scimProbe,
  settingsPath,
  sha256hex,
  type ApiErrorBody,
  type IssuedTokenBody,
  type ScimSettingsBody,
} from './foundation-helpers';

describe('Settings API (/api/organizations/:orgId/scim)', () => {
  let apps: TestApps;

  beforeAll(async () => {
    apps = await startTestApps();
  });

  afterAll(async () => {
    await apps.close();
  });

  const server = () => apps.scimApi.getHttpServer();
  const provision = (
    options: Parameters<typeof provisionOrganization>[2] = {},
  ): Promise<OrganizationFixture> => provisionOrganization(apps.adminApi, apps.scimApi, options);

  describe('GET', () => {
    it('should return the base URL, the prerequisites and the active tokens without any secret', async () => {
      const org = await provision();
      const res = await request(server())
        .get(settingsPath(org.orgId))
        .set('Authorization', bearer(org.sessionToken));

      expect(res.status).toBe(200);
      const body = res.body as ScimSettingsBody;
      expect(body.baseUrl).toBe(SCIM_BASE_URL);
      expect(body.prerequisites).toEqual({ enterprisePlan: true, ssoConfigured: true, callerIsAdmin: true });
      expect(body.tokens).toHaveLength(1);
      expect(Object.keys(body.tokens[0]).sort()).toEqual(
        ['createdAt', 'createdBy', 'expiresAt', 'hint', 'id', 'label', 'lastUsedAt'].sort(),
      );
      expect(body.tokens[0]).toMatchObject({ label: 'Entra', createdBy: org.adminId, expiresAt: null });
      expect(org.scimToken.endsWith(body.tokens[0].hint)).toBe(true);
      expect(res.text).not.toContain(org.scimToken);
      expect(res.text).not.toContain(org.scimToken.slice('scim_'.length));
      expect(res.text).not.toContain(sha256hex(org.scimToken));
    });

    it('should report each missing prerequisite and a non-admin caller', async () => {
      const team = await provision({ name: 'Team co', plan: 'team', ssoConfigured: false });
      const user = await createMember(apps.adminApi, team.orgId, {
        userName: 'user@team.example',
        role: 'User',
      });
      const userSession = await createSession(apps.adminApi, team.orgId, user.id);

      const res = await request(server())
        .get(settingsPath(team.orgId))
        .set('Authorization', bearer(userSession));

      expect(res.status).toBe(200);
      expect((res.body as ScimSettingsBody).prerequisites).toEqual({
        enterprisePlan: false,
        ssoConfigured: false,
        callerIsAdmin: false,
      });
      expect((res.body as ScimSettingsBody).tokens).toEqual([]);
    });
  });

  describe('POST /tokens', () => {
    it('should issue a token shown once, with the SCIM base URL', async () => {
      const org = await provision();
      const res = await issueToken(apps.scimApi, org.orgId, org.sessionToken, { label: 'Okta' });

      expect(res.status).toBe(201);
      const body = res.body as IssuedTokenBody;
      expect(body).toEqual({
        id: expect.any(String),
        token: expect.stringMatching(SCIM_TOKEN_SHAPE),
        baseUrl: SCIM_BASE_URL,
        label: 'Okta',
        hint: body.token.slice(-4),
        createdAt: expect.any(String),
        expiresAt: null,
      });
      expect(Math.abs(Date.parse(body.createdAt) - Date.now())).toBeLessThan(60_000);
    });

    it.each([
      ['an unknown field', { label: 'x', scope: 'all' }],
      ['a non-numeric expiresInDays', { expiresInDays: 'x' }],
      ['expiresInDays 0', { expiresInDays: 0 }],
      ['a 500-character label', { label: 'l'.repeat(500) }],
    ])('should answer 400 with a JSON status and message for %s', async (_case, body) => {
      const org = await provision();
      const res = await issueToken(apps.scimApi, org.orgId, org.sessionToken, body);

      expect(res.status).toBe(400);
      expect(res.type).toBe('application/json');
      expect(res.body).toEqual({ statusCode: 400, message: expect.any(String) });
      expect((res.body as ApiErrorBody).message.length).toBeGreaterThan(0);
      const rows = await queryDb<{ n: string }>(
        apps.db.url,
        'SELECT count(*) AS n FROM scim_tokens WHERE organization_id = $1',
        [org.orgId],
      );
      expect(rows[0].n).toBe('1');
    });

    it('should answer 400 with a JSON status and message for a body that is not JSON', async () => {
      const org = await provision();
      const res = await request(server())
        .post(settingsPath(org.orgId, '/tokens'))
        .set('Authorization', bearer(org.sessionToken))
        .set('Content-Type', 'application/json')
        .send('{"label": ');

      expect(res.status).toBe(400);
      expect(res.body).toEqual({ statusCode: 400, message: expect.any(String) });
    });

    it('should refuse a non-admin member with 403 naming the Admin prerequisite', async () => {
      const org = await provision();
      const user = await createMember(apps.adminApi, org.orgId, {
        userName: 'user@acme.example',
        role: 'User',
      });
      const userSession = await createSession(apps.adminApi, org.orgId, user.id);

      const res = await issueToken(apps.scimApi, org.orgId, userSession, { label: 'sneaky' });

      expect(res.status).toBe(403);
      expect((res.body as ApiErrorBody).message).toMatch(/Admin/);
    });

    it.each([
      ['free', true, /Enterprise plan/i],
      ['team', true, /Enterprise plan/i],
      ['enterprise', false, /SSO/],
    ] as const)(
      'should refuse plan %s with ssoConfigured %s with 403 naming it',
      async (plan, sso, missing) => {
        const org = await provision({ name: `${plan} co`, plan, ssoConfigured: sso });

        const res = await issueToken(apps.scimApi, org.orgId, org.sessionToken);

        expect(res.status).toBe(403);
        expect((res.body as ApiErrorBody).message).toMatch(missing);
      },
    );

    it('should refuse an organization downgraded from Enterprise', async () => {
      const org = await provision();
      await request(apps.adminApi.getHttpServer())
        .patch(`/internal/organizations/${org.orgId}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ plan: 'team' })
        .expect(200);

      const res = await issueToken(apps.scimApi, org.orgId, org.sessionToken);

      expect(res.status).toBe(403);
      expect((res.body as ApiErrorBody).message).toMatch(/Enterprise plan/i);
    });
  });

  describe('DELETE /tokens/:tokenId', () => {
    it('should revoke a token so that its next SCIM request gets 401 with WWW-Authenticate Bearer', async () => {
      const org = await provision();
      const issued = (await issueToken(apps.scimApi, org.orgId, org.sessionToken).expect(201))
        .body as IssuedTokenBody;
      const before = await scimProbe(apps.scimApi, issued.token);
      expect(before.status).toBe(200);
      expect(before.body).toMatchObject({ totalResults: 0 });

      await request(server())
        .delete(settingsPath(org.orgId, `/tokens/${issued.id}`))
        .set('Authorization', bearer(org.sessionToken))
        .expect(204);

      const after = await scimProbe(apps.scimApi, issued.token);
      expect(after.status).toBe(401);
      expect(after.headers['www-authenticate']).toContain('Bearer');
      const list = await request(server())
        .get(settingsPath(org.orgId))
        .set('Authorization', bearer(org.sessionToken));
      expect((list.body as ScimSettingsBody).tokens.map((token) => token.id)).not.toContain(issued.id);
    });

    it('should refuse a non-admin member with 403 and keep the token working', async () => {
      const org = await provision();
      const user = await createMember(apps.adminApi, org.orgId, {
        userName: 'user@acme.example',
        role: 'User',
      });
      const userSession = await createSession(apps.adminApi, org.orgId, user.id);
      const tokenId = (
        await queryDb<{ id: string }>(apps.db.url, 'SELECT id FROM scim_tokens WHERE organization_id = $1', [
          org.orgId,
        ])
      )[0].id;

      const res = await request(server())
        .delete(settingsPath(org.orgId, `/tokens/${tokenId}`))
        .set('Authorization', bearer(userSession));

      expect(res.status).toBe(403);
      await scimProbe(apps.scimApi, org.scimToken).expect(200);
    });

    it.each([
      ['an unknown token id', () => randomUUID()],
      ['a token id that is not a uuid', () => 'not-a-uuid'],
    ])('should answer 404 for %s', async (_case, tokenId) => {
      const org = await provision();
      const res = await request(server())
        .delete(settingsPath(org.orgId, `/tokens/${tokenId()}`))
        .set('Authorization', bearer(org.sessionToken));

      expect(res.status).toBe(404);
      expect(res.body).toEqual({ statusCode: 404, message: expect.any(String) });
    });
  });
});
