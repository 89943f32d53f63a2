import { Client } from 'pg';
import request from 'supertest';
import type { OrganizationFixture } from '../../support/admin-client';
import { TEST_ADMIN_TOKEN } from '../../support/test-apps';
import { provision, startHardeningApps, type HardeningApps } from './hardening-apps';
import { expectScimError, HttpScimClient } from './hardening-helpers';

const HELMET_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'strict-transport-security': expect.stringContaining('max-age=') as unknown,
};

async function sql(url: string, text: string, params: unknown[]): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text, params);
  } finally {
    await client.end();
  }
}

describe('Security headers, CORS and credentials', () => {
  let apps: HardeningApps;
  let org: OrganizationFixture;
  let client: HttpScimClient;

  beforeAll(async () => {
    apps = await startHardeningApps({ env: { RATE_LIMIT_PER_SECOND: '0' } });
    org = await provision(apps);
    client = new HttpScimClient(apps.scimUrl, org.scimToken);
  });

  afterAll(() => apps.close());

  describe('security headers', () => {
    it.each([
      ['a SCIM success', () => client.send('get', '/Users?count=1')],
      ['a SCIM 401', () => request(apps.scimUrl).get('/api/scim/Users')],
      ['a SCIM 404', () => client.send('get', '/Nothing')],
      ['a body refused before routing', () => client.send('post', '/Users', '{"broken":')],
      [
        'the settings API',
        () =>
          request(apps.scimUrl)
            .get(`/api/organizations/${org.orgId}/scim`)
            .set('Authorization', `Bearer ${org.sessionToken}`),
      ],
      ['health', () => request(apps.scimUrl).get('/health/live')],
    ])('should be on %s', async (_, call) => {
      const res = await call();

      expect(res.headers).toMatchObject(HELMET_HEADERS);
      expect(res.headers['x-powered-by']).toBeUndefined();
    });

    it('should forbid everything in the API content security policy and caching of SCIM responses', async () => {
      const res = await client.send('get', '/Users?count=1');

      expect(res.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
      expect(res.headers['cache-control']).toBe('no-store');
    });
  });

  it('should leave the settings page its own content security policy', async () => {
    const res = await request(apps.scimUrl).get('/settings/scim').expect(200);

    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers).toMatchObject({ 'x-content-type-options': 'nosniff' });
  });

  describe('CORS', () => {
    it('should send no Access-Control-Allow-Origin to a cross-origin request', async () => {
      const res = await client.send('get', '/Users?count=1').set('Origin', 'https://evil.example');

      expect(res.status).toBe(200);
      expect(Object.keys(res.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    });

    it.each(['/api/scim/Users', `/api/organizations/00000000-0000-4000-8000-000000000000/scim`])(
      'should grant nothing to a preflight on %s',
      async (path) => {
        const res = await request(apps.scimUrl)
          .options(path)
          .set('Origin', 'https://evil.example')
          .set('Access-Control-Request-Method', 'POST')
          .set('Access-Control-Request-Headers', 'authorization, content-type');

        expect(res.status).toBeLessThan(500);
        expect(Object.keys(res.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
      },
    );
  });

  describe('SCIM bearer tokens', () => {
    async function freshToken(): Promise<{ id: string; token: string }> {
      const res = await request(apps.scimUrl)
        .post(`/api/organizations/${org.orgId}/scim/tokens`)
        .set('Authorization', `Bearer ${org.sessionToken}`)
        .send({ label: 'Extra' })
        .expect(201);
      return res.body as { id: string; token: string };
    }

    async function expectRefused(authorization: string | undefined): Promise<void> {
      const call = request(apps.scimUrl).get('/api/scim/Users');
      const res = await (authorization === undefined ? call : call.set('Authorization', authorization));
      expectScimError(res, 401);
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    }

    it.each([
      ['no Authorization header', undefined],
      ['a malformed token', 'Bearer scim_short'],
      ['a well-formed unknown token', `Bearer scim_${'A'.repeat(43)}`],
      ['another scheme', 'Basic dXNlcjpwYXNz'],
      ['the admin token', `Bearer ${TEST_ADMIN_TOKEN}`],
    ])('should refuse %s with 401 and WWW-Authenticate', async (_, authorization) => {
      await expectRefused(authorization);
    });

    it('should refuse a revoked token with 401', async () => {
      const { id, token } = await freshToken();
      await request(apps.scimUrl)
        .delete(`/api/organizations/${org.orgId}/scim/tokens/${id}`)
        .set('Authorization', `Bearer ${org.sessionToken}`)
        .expect(204);

      await expectRefused(`Bearer ${token}`);
    });

    it('should refuse an expired token with 401', async () => {
      const { id, token } = await freshToken();
      await sql(
        apps.db.url,
        "UPDATE scim_tokens SET expires_at = now() - interval '1 minute' WHERE id = $1",
        [id],
      );

      await expectRefused(`Bearer ${token}`);
    });
  });

  describe('GET /metrics', () => {
    it.each([
      ['no token', undefined],
      ['a SCIM token', () => `Bearer ${org.scimToken}`],
      ['a console session', () => `Bearer ${org.sessionToken}`],
      ['a wrong admin token', () => `Bearer ${TEST_ADMIN_TOKEN}x`],
    ])('should refuse %s on both listeners', async (_, authorization) => {
      for (const server of [apps.scimUrl, apps.adminApi.getHttpServer()]) {
        const call = request(server).get('/metrics');
        const res = await (authorization === undefined ? call : call.set('Authorization', authorization()));
        expect(res.status).toBe(401);
      }
    });
  });
});
