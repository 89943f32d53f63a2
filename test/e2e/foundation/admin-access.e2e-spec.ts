import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { provisionOrganization, type OrganizationFixture } from '../../support/admin-client';
import { startTestApps, type TestApps } from '../../support/test-apps';
import {
  ADMIN_AUTH,
  bearer,
  createMember,
  eventually,
  queryDb,
  scimProbe,
  SESSION_TOKEN_SHAPE,
  settingsPath,
  type SessionBody,
} from './foundation-helpers';

interface EventBody {
  id: string;
  at: string;
  actor: { type: string; id: string | null };
  action: string;
  target: { memberId: string | null; userName: string | null };
  outcome: string;
  httpStatus: number;
}

describe('Internal admin API: sessions, SCIM tokens and provisioning events (/internal)', () => {
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

  describe('sessions', () => {
    it('should create a session that opens the settings API', async () => {
      const org = await provision('Sessions');
      const res = await admin()
        .post('/internal/sessions')
        .set('Authorization', ADMIN_AUTH)
        .send({ organizationId: org.orgId, memberId: org.adminId, ttlMinutes: 30 });

      expect(res.status).toBe(201);
      const session = res.body as SessionBody;
      expect(session.token).toMatch(SESSION_TOKEN_SHAPE);
      expect(Math.abs(Date.parse(session.expiresAt) - (Date.now() + 30 * 60_000))).toBeLessThan(60_000);
      await request(apps.scimApi.getHttpServer())
        .get(settingsPath(org.orgId))
        .set('Authorization', bearer(session.token))
        .expect(200);
    });

    it.each([
      ['an unknown organization', 'no-org'],
      ['an unknown member', 'unknown'],
      ['a member of another organization', 'foreign'],
      ['a deactivated member', 'inactive'],
      ['a deleted member', 'deleted'],
    ] as const)('should answer 404 for %s', async (_case, kind) => {
      const org = await provision('NoSession');
      let memberId: string = randomUUID();
      if (kind === 'foreign') memberId = (await provision('Foreign')).adminId;
      if (kind === 'inactive' || kind === 'deleted') {
        memberId = (
          await createMember(apps.adminApi, org.orgId, { userName: 'gone@acme.example', role: 'Admin' })
        ).id;
        const change = kind === 'inactive' ? 'active = false' : 'deleted_at = now()';
        await queryDb(apps.db.url, `UPDATE members SET ${change} WHERE id = $1`, [memberId]);
      }

      if (kind === 'no-org') memberId = org.adminId;
      const organizationId = kind === 'no-org' ? randomUUID() : org.orgId;

      const res = await admin()
        .post('/internal/sessions')
        .set('Authorization', ADMIN_AUTH)
        .send({ organizationId, memberId });

      expect(res.status).toBe(404);
    });
  });

  describe('SCIM tokens', () => {
    it('should list tokens and revoke one in an emergency', async () => {
      const org = await provision('Incident');
      await scimProbe(apps.scimApi, org.scimToken).expect(200);
      const list = await admin()
        .get(`/internal/organizations/${org.orgId}/scim-tokens`)
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      const tokens = (list.body as { tokens: { id: string; label: string; hint: string }[] }).tokens;
      expect(tokens).toEqual([expect.objectContaining({ label: 'Entra', hint: org.scimToken.slice(-4) })]);

      await admin()
        .delete(`/internal/organizations/${org.orgId}/scim-tokens/${tokens[0].id}`)
        .set('Authorization', ADMIN_AUTH)
        .expect(204);

      // The admin listener is another process in production: the SCIM listener may serve its cache for a few seconds.
      await eventually(
        'the revoked token to be refused',
        async () => ((await scimProbe(apps.scimApi, org.scimToken)).status === 401 ? true : undefined),
        6_000,
      );
      await admin()
        .delete(`/internal/organizations/${org.orgId}/scim-tokens/${tokens[0].id}`)
        .set('Authorization', ADMIN_AUTH)
        .expect(404);
      const after = await admin()
        .get(`/internal/organizations/${org.orgId}/scim-tokens`)
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(after.body).toEqual({ tokens: [] });
    });

    it("should answer 404 for an unknown, malformed or another organization's token id", async () => {
      const org = await provision('Mine');
      const other = await provision('Theirs');
      const theirId = (
        await queryDb<{ id: string }>(apps.db.url, 'SELECT id FROM scim_tokens WHERE organization_id = $1', [
          other.orgId,
        ])
      )[0].id;

      for (const tokenId of [randomUUID(), 'nope', theirId]) {
        await admin()
          .delete(`/internal/organizations/${org.orgId}/scim-tokens/${tokenId}`)
          .set('Authorization', ADMIN_AUTH)
          .expect(404);
      }
      await scimProbe(apps.scimApi, other.scimToken).expect(200);
    });
  });

  describe('provisioning events', () => {
    const createScimUser = (token: string, userName: string) =>
      request(apps.scimApi.getHttpServer())
        .post('/api/scim/Users')
        .set('Authorization', bearer(token))
        .set('Content-Type', 'application/scim+json')
        .send(
          JSON.stringify({
            schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
            userName,
            active: true,
            name: { givenName: 'A', familyName: 'B' },
          }),
        )
        .expect(201);

    it('should list events newest first and page with before', async () => {
      const org = await provision('Audited');
      const quiet = await provision('Quiet');
      await createScimUser(org.scimToken, 'a@x.example');
      await createScimUser(org.scimToken, 'b@x.example');
      const path = `/internal/organizations/${org.orgId}/provisioning-events`;

      const all = (await admin().get(path).set('Authorization', ADMIN_AUTH).expect(200)).body as {
        events: EventBody[];
      };
      expect(all.events.map((event) => event.target.userName)).toEqual(['b@x.example', 'a@x.example']);
      expect(all.events[0]).toMatchObject({
        action: 'create',
        outcome: 'success',
        httpStatus: 201,
        actor: { type: 'token' },
      });
      expect(Number(all.events[0].id)).toBeGreaterThan(Number(all.events[1].id));

      const first = await admin().get(path).query({ limit: 1 }).set('Authorization', ADMIN_AUTH).expect(200);
      expect((first.body as { events: EventBody[] }).events.map((event) => event.id)).toEqual([
        all.events[0].id,
      ]);
      const next = await admin()
        .get(path)
        .query({ limit: 1, before: all.events[0].id })
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect((next.body as { events: EventBody[] }).events.map((event) => event.id)).toEqual([
        all.events[1].id,
      ]);
      const end = await admin()
        .get(path)
        .query({ before: all.events[1].id })
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(end.body).toEqual({ events: [] });
      const other = await admin()
        .get(`/internal/organizations/${quiet.orgId}/provisioning-events`)
        .set('Authorization', ADMIN_AUTH);
      expect(other.body).toEqual({ events: [] });
    });

    it.each([{ limit: 0 }, { limit: 501 }, { before: 'abc' }])(
      'should answer 400 for the query %j',
      async (query) => {
        const org = await provision('BadQuery');
        await admin()
          .get(`/internal/organizations/${org.orgId}/provisioning-events`)
          .query(query)
          .set('Authorization', ADMIN_AUTH)
          .expect(400);
      },
    );
  });
});
