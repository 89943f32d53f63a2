import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { provisionOrganization, type OrganizationFixture } from '../../support/admin-client';
import { startTestApps, type TestApps } from '../../support/test-apps';
import {
  bearer,
  queryDb,
  scimProbe,
  settingsPath,
  sha256hex,
  type ScimSettingsBody,
} from './foundation-helpers';

describe('Settings API access control (/api/organizations/:orgId/scim)', () => {
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

  describe('authentication', () => {
    it.each([
      ['no Authorization header', () => undefined],
      ['a malformed session', () => 'sess_not-a-real-one'],
      ['an unknown well-formed session', () => `sess_${'A'.repeat(43)}`],
    ])('should answer 401 with WWW-Authenticate for %s', async (_case, token) => {
      const org = await provision();
      const value = token();
      const call = request(server()).get(settingsPath(org.orgId));
      const res = value === undefined ? await call : await call.set('Authorization', bearer(value));

      expect(res.status).toBe(401);
      expect(res.headers['www-authenticate']).toContain('Bearer');
    });

    it.each([
      ['a revoked', 'revoked_at = now()'],
      ['an expired', "expires_at = now() - interval '1 minute'"],
    ])('should answer 401 for %s session', async (_case, change) => {
      const org = await provision();
      await request(server())
        .get(settingsPath(org.orgId))
        .set('Authorization', bearer(org.sessionToken))
        .expect(200);
      await queryDb(apps.db.url, `UPDATE sessions SET ${change} WHERE secret_hash = $1`, [
        sha256hex(org.sessionToken),
      ]);

      const res = await request(server())
        .get(settingsPath(org.orgId))
        .set('Authorization', bearer(org.sessionToken));

      expect(res.status).toBe(401);
    });

    it('should answer 401 once the member behind the session is deactivated', async () => {
      const org = await provision();
      await queryDb(apps.db.url, 'UPDATE members SET active = false WHERE id = $1', [org.adminId]);

      const res = await request(server())
        .get(settingsPath(org.orgId))
        .set('Authorization', bearer(org.sessionToken));

      expect(res.status).toBe(401);
    });
  });

  describe('organizations the caller cannot see', () => {
    it.each([
      ['an unknown organization', () => randomUUID()],
      ['an organization id that is not a uuid', () => 'acme'],
    ])('should answer 404 on every route for %s', async (_case, orgId) => {
      const org = await provision();
      const id = orgId();
      const auth = bearer(org.sessionToken);

      await request(server()).get(settingsPath(id)).set('Authorization', auth).expect(404);
      await request(server())
        .post(settingsPath(id, '/tokens'))
        .set('Authorization', auth)
        .send({})
        .expect(404);
      await request(server())
        .delete(settingsPath(id, `/tokens/${randomUUID()}`))
        .set('Authorization', auth)
        .expect(404);
    });

    it("should answer 404, not 403, for another organization's settings and tokens", async () => {
      const mine = await provision({ name: 'Mine' });
      const theirs = await provision({ name: 'Theirs' });
      const auth = bearer(mine.sessionToken);
      const theirTokenId = (
        (
          await request(server())
            .get(settingsPath(theirs.orgId))
            .set('Authorization', bearer(theirs.sessionToken))
        ).body as ScimSettingsBody
      ).tokens[0].id;

      await request(server()).get(settingsPath(theirs.orgId)).set('Authorization', auth).expect(404);
      await request(server())
        .post(settingsPath(theirs.orgId, '/tokens'))
        .set('Authorization', auth)
        .send({})
        .expect(404);
      await request(server())
        .delete(settingsPath(theirs.orgId, `/tokens/${theirTokenId}`))
        .set('Authorization', auth)
        .expect(404);
      await request(server())
        .delete(settingsPath(mine.orgId, `/tokens/${theirTokenId}`))
        .set('Authorization', auth)
        .expect(404);

      await scimProbe(apps.scimApi, theirs.scimToken).expect(200);
      const count = await queryDb<{ n: string }>(
        apps.db.url,
        'SELECT count(*) AS n FROM scim_tokens WHERE organization_id = $1',
        [theirs.orgId],
      );
      expect(count[0].n).toBe('1');
    });
  });
});
