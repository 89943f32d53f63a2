import { createHash, randomUUID } from 'node:crypto';
import request from 'supertest';
import { provisionOrganization, type OrganizationFixture } from '../support/admin-client';
import { startTestApps, type TestApps } from '../support/test-apps';
import { bearer, eventually, memberWithSession, scimCreate, scimProbe } from './settings-helpers';

interface ActivityEventBody {
  id: string;
  at: string;
  actorType: string;
  action: string;
  userName: string | null;
  memberId: string | null;
  outcome: 'success' | 'failure';
  httpStatus: number;
  detail: string | null;
  requestId: string | null;
}

interface ActivityPageBody {
  events: ActivityEventBody[];
  nextBefore: string | null;
}

interface SummaryBody {
  members: {
    total: number;
    active: number;
    disabled: number;
    byRole: { Admin: number; User: number; Guest: number };
  };
  lastScimRequestAt: string | null;
}

/** `expect.any` is typed `any`; narrowed once here so the assertions stay typed. */
const anyString: unknown = expect.any(String);

const path = (orgId: string, suffix: string): string => `/api/organizations/${orgId}/scim${suffix}`;

describe('Settings API: provisioning activity and summary', () => {
  let apps: TestApps | undefined;

  beforeAll(async () => {
    apps = await startTestApps();
  });

  afterAll(async () => {
    await apps?.close();
  });

  const started = (): TestApps => {
    if (apps === undefined) throw new Error('The test apps did not start');
    return apps;
  };
  const server = () => started().scimApi.getHttpServer();
  const provision = (name = 'Acme'): Promise<OrganizationFixture> =>
    provisionOrganization(started().adminApi, started().scimApi, { name });
  const get = (orgId: string, suffix: string, session: string) =>
    request(server()).get(path(orgId, suffix)).set('Authorization', bearer(session));

  describe('GET /events', () => {
    it('should list SCIM writes and refusals newest first, without secrets or actor ids', async () => {
      const org = await provision();
      await scimCreate(started().scimApi, org.scimToken, 'a@x.example');
      await scimCreate(started().scimApi, org.scimToken, 'b@x.example');
      await scimCreate(started().scimApi, org.scimToken, 'A@x.example');

      const res = await get(org.orgId, '/events', org.sessionToken).expect(200);

      const body = res.body as ActivityPageBody;
      expect(body.nextBefore).toBeNull();
      expect(body.events.map((event) => [event.userName, event.outcome, event.httpStatus])).toEqual([
        ['A@x.example', 'failure', 409],
        ['b@x.example', 'success', 201],
        ['a@x.example', 'success', 201],
      ]);
      expect(Object.keys(body.events[0]).sort()).toEqual([
        'action',
        'actorType',
        'at',
        'detail',
        'httpStatus',
        'id',
        'memberId',
        'outcome',
        'requestId',
        'userName',
      ]);
      expect(body.events[0]).toMatchObject({
        action: 'create',
        actorType: 'token',
        detail: anyString,
      });
      expect(body.events[1].memberId).toEqual(anyString);
      expect(res.text).not.toContain(org.scimToken);
      expect(res.text).not.toContain(createHash('sha256').update(org.scimToken).digest('hex'));
      const tokens = await get(org.orgId, '', org.sessionToken).expect(200);
      expect(res.text).not.toContain((tokens.body as { tokens: { id: string }[] }).tokens[0].id);
    });

    it('should page with limit and before, ending with a null nextBefore', async () => {
      const org = await provision();
      for (const name of ['p1', 'p2', 'p3', 'p4', 'p5'])
        await scimCreate(started().scimApi, org.scimToken, `${name}@x.example`);

      const seen: string[] = [];
      let before: string | null = null;
      const sizes: number[] = [];
      do {
        const query: Record<string, string> = { limit: '2', ...(before === null ? {} : { before }) };
        const res = await get(org.orgId, '/events', org.sessionToken).query(query).expect(200);
        const body = res.body as ActivityPageBody;
        sizes.push(body.events.length);
        seen.push(...body.events.map((event) => event.userName ?? ''));
        before = body.nextBefore;
      } while (before !== null);

      expect(sizes).toEqual([2, 2, 1]);
      expect(seen).toEqual(['p5@x.example', 'p4@x.example', 'p3@x.example', 'p2@x.example', 'p1@x.example']);
    });

    it.each([
      ['limit=0'],
      ['limit=101'],
      ['limit=ten'],
      ['before=abc'],
      ['before=0'],
      ['before=-1'],
      ['before=1234567890123456789012'],
      ['unknown=1'],
    ])('should answer 400 for %s', async (query) => {
      const org = await provision();
      const res = await get(org.orgId, `/events?${query}`, org.sessionToken);

      expect(res.status).toBe(400);
      expect(res.body).toEqual({ statusCode: 400, message: anyString });
    });
  });

  describe('GET /summary', () => {
    it('should count live members by role and by active or disabled', async () => {
      const org = await provision();
      await memberWithSession(started().adminApi, org.orgId, 'user@acme.example', 'User');
      await memberWithSession(started().adminApi, org.orgId, 'guest@acme.example', 'Guest');
      await scimCreate(started().scimApi, org.scimToken, 'disabled@x.example', false);
      const gone = await scimCreate(started().scimApi, org.scimToken, 'gone@x.example');
      await request(server())
        .delete(`/api/scim/Users/${gone.id ?? ''}`)
        .set('Authorization', bearer(org.scimToken))
        .expect(204);

      const res = await get(org.orgId, '/summary', org.sessionToken).expect(200);

      expect((res.body as SummaryBody).members).toEqual({
        total: 4,
        active: 3,
        disabled: 1,
        byRole: { Admin: 1, User: 2, Guest: 1 },
      });
    });

    it('should report no SCIM request before the token is used, then the time of the last one', async () => {
      const org = await provision();
      const before = await get(org.orgId, '/summary', org.sessionToken).expect(200);
      expect((before.body as SummaryBody).lastScimRequestAt).toBeNull();
      const start = Date.now();

      await expect(scimProbe(started().scimApi, org.scimToken)).resolves.toBe(200);

      const lastCall = await eventually('last_used_at to be written', async () => {
        const res = await get(org.orgId, '/summary', org.sessionToken).expect(200);
        return (res.body as SummaryBody).lastScimRequestAt ?? undefined;
      });
      expect(Date.parse(lastCall)).toBeGreaterThanOrEqual(start - 1_000);
      expect(Date.parse(lastCall)).toBeLessThanOrEqual(Date.now() + 1_000);
    });

    it('should still know when the identity provider last wrote after its token was revoked', async () => {
      const org = await provision();
      await scimCreate(started().scimApi, org.scimToken, 'kept@x.example');
      const settings = await get(org.orgId, '', org.sessionToken).expect(200);
      const tokenId = (settings.body as { tokens: { id: string }[] }).tokens[0].id;
      await request(server())
        .delete(path(org.orgId, `/tokens/${tokenId}`))
        .set('Authorization', bearer(org.sessionToken))
        .expect(204);

      const res = await get(org.orgId, '/summary', org.sessionToken).expect(200);
      const events = await get(org.orgId, '/events', org.sessionToken).expect(200);

      expect((res.body as SummaryBody).lastScimRequestAt).toBe(
        (events.body as ActivityPageBody).events[0].at,
      );
    });
  });

  describe('GET /scim (additions for the page)', () => {
    it("should name the caller and each token's creator", async () => {
      const org = await provision();

      const res = await get(org.orgId, '', org.sessionToken).expect(200);

      expect(res.body).toMatchObject({
        caller: { memberId: org.adminId, userName: 'owner@acme.example', role: 'Admin' },
        tokenCreators: { [org.adminId]: 'owner@acme.example' },
      });
    });
  });

  describe.each(['/events', '/summary'])('auth on %s', (suffix) => {
    it('should answer 401 without a session, with a bogus one and with a SCIM token', async () => {
      const org = await provision();

      await request(server()).get(path(org.orgId, suffix)).expect(401);
      await get(org.orgId, suffix, `sess_${'A'.repeat(43)}`).expect(401);
      const res = await get(org.orgId, suffix, org.scimToken);
      expect(res.status).toBe(401);
      expect(res.headers['www-authenticate']).toContain('Bearer');
    });

    it('should answer 404 for another organization, an unknown one and a malformed id', async () => {
      const mine = await provision('Mine');
      const theirs = await provision('Theirs');

      for (const orgId of [theirs.orgId, randomUUID(), 'not-a-uuid']) {
        const res = await get(orgId, suffix, mine.sessionToken);
        expect(res.status).toBe(404);
        expect(res.body).toEqual({ statusCode: 404, message: anyString });
      }
    });

    it.each(['User', 'Guest'] as const)('should let a %s member read it', async (role) => {
      const org = await provision();
      const member = await memberWithSession(
        started().adminApi,
        org.orgId,
        `${role.toLowerCase()}@acme.example`,
        role,
      );

      await get(org.orgId, suffix, member.sessionToken).expect(200);
    });
  });
});
