import request from 'supertest';
import { provisionOrganization, type OrganizationFixture } from '../../support/admin-client';
import { startTestApps, TEST_ADMIN_TOKEN, type TestApps } from '../../support/test-apps';
import {
  ADMIN_AUTH,
  bearer,
  DAY_MS,
  eventually,
  issueToken,
  queryDb,
  SCIM_TOKEN_SHAPE,
  scimProbe,
  settingsPath,
  sha256hex,
  sleep,
  type IssuedTokenBody,
  type ScimSettingsBody,
} from './foundation-helpers';

/** How long another instance may keep serving a revoked token from its cache (ScimTokenCache.CACHE_TTL_MS). */
const CACHE_TTL_MS = 5_000;

interface ScimTokenRow {
  id: string;
  organization_id: string;
  label: string;
  secret_hash: string;
  hint: string;
  created_by: string | null;
  created_at: Date;
  expires_at: Date | null;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

describe('SCIM bearer tokens', () => {
  let apps: TestApps;

  beforeAll(async () => {
    apps = await startTestApps();
  });

  afterAll(async () => {
    await apps.close();
  });

  const provision = (name: string): Promise<OrganizationFixture> =>
    provisionOrganization(apps.adminApi, apps.scimApi, { name });
  const issue = async (
    org: OrganizationFixture,
    body: Record<string, unknown> = {},
  ): Promise<IssuedTokenBody> =>
    (await issueToken(apps.scimApi, org.orgId, org.sessionToken, body).expect(201)).body as IssuedTokenBody;
  const lastUsedAt = async (tokenId: string): Promise<string | null> =>
    (
      await queryDb<{ last_used_at: string | null }>(
        apps.db.url,
        'SELECT last_used_at::text AS last_used_at FROM scim_tokens WHERE id = $1',
        [tokenId],
      )
    )[0].last_used_at;

  it('should work on the SCIM API right after issuance', async () => {
    const org = await provision('Fresh');
    const issued = await issue(org, { label: 'Entra' });

    const res = await scimProbe(apps.scimApi, issued.token);

    expect(issued.token).toMatch(SCIM_TOKEN_SHAPE);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ totalResults: 0 });
  });

  it('should store only the SHA-256 of the secret, in no column and no table in clear', async () => {
    const org = await provision('Hashed');
    const issued = await issue(org, { label: 'Entra' });
    await scimProbe(apps.scimApi, issued.token).expect(200);

    const rows = await queryDb<ScimTokenRow>(apps.db.url, 'SELECT * FROM scim_tokens WHERE id = $1', [
      issued.id,
    ]);

    expect(rows).toHaveLength(1);
    expect(rows[0].secret_hash).toBe(sha256hex(issued.token));
    const secretPart = issued.token.slice('scim_'.length);
    const leakingColumns = Object.entries(rows[0])
      .filter(([, value]) => String(value).includes(secretPart))
      .map(([column]) => column);
    expect(leakingColumns).toEqual([]);
    const leakingTables: string[] = [];
    for (const table of ['organizations', 'members', 'scim_tokens', 'sessions', 'provisioning_events']) {
      const found = await queryDb<{ n: string }>(
        apps.db.url,
        `SELECT count(*) AS n FROM ${table} t WHERE strpos(t::text, $1) > 0`,
        [secretPart],
      );
      if (found[0].n !== '0') leakingTables.push(table);
    }
    expect(leakingTables).toEqual([]);
    const control = await queryDb<{ n: string }>(
      apps.db.url,
      'SELECT count(*) AS n FROM scim_tokens t WHERE strpos(t::text, $1) > 0',
      [sha256hex(issued.token)],
    );
    expect(control[0].n).toBe('1');
  });

  it('should never show the secret again, only its hint, on the settings and admin APIs', async () => {
    const org = await provision('Once');
    const issued = await issue(org, { label: 'Okta' });

    const settings = await request(apps.scimApi.getHttpServer())
      .get(settingsPath(org.orgId))
      .set('Authorization', bearer(org.sessionToken))
      .expect(200);
    const admin = await request(apps.adminApi.getHttpServer())
      .get(`/internal/organizations/${org.orgId}/scim-tokens`)
      .set('Authorization', ADMIN_AUTH)
      .expect(200);

    const listed = (settings.body as ScimSettingsBody).tokens.find((token) => token.id === issued.id);
    expect(listed).toMatchObject({ id: issued.id, label: 'Okta', hint: issued.hint });
    for (const text of [settings.text, admin.text]) {
      expect(text).toContain(issued.hint);
      expect(text).not.toContain(issued.token.slice('scim_'.length));
      expect(text).not.toContain(sha256hex(issued.token));
      expect(text).not.toMatch(/secret|"token"/i);
    }
  });

  it('should keep several tokens active at once and revoke them one at a time', async () => {
    const org = await provision('Many');
    const first = await issue(org, { label: 'Entra' });
    const second = await issue(org, { label: 'Entra (rotation)' });
    await scimProbe(apps.scimApi, first.token).expect(200);
    await scimProbe(apps.scimApi, second.token).expect(200);

    await request(apps.scimApi.getHttpServer())
      .delete(settingsPath(org.orgId, `/tokens/${first.id}`))
      .set('Authorization', bearer(org.sessionToken))
      .expect(204);

    await eventually(
      'the revoked token to be refused',
      async () => ((await scimProbe(apps.scimApi, first.token)).status === 401 ? true : undefined),
      CACHE_TTL_MS + 1_000,
    );
    await scimProbe(apps.scimApi, second.token).expect(200);
    await scimProbe(apps.scimApi, org.scimToken).expect(200);
  });

  it('should set expiresAt about expiresInDays from now', async () => {
    const org = await provision('Expiring');
    const before = Date.now();
    const issued = await issue(org, { expiresInDays: 30 });

    expect(issued.expiresAt).not.toBeNull();
    const expiresAt = Date.parse(issued.expiresAt ?? '');
    expect(expiresAt).toBeGreaterThanOrEqual(before + 30 * DAY_MS - 1_000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 30 * DAY_MS + 1_000);
    await scimProbe(apps.scimApi, issued.token).expect(200);
  });

  it('should refuse an expired token with 401', async () => {
    const org = await provision('Expired');
    const issued = await issue(org, { expiresInDays: 1 });
    await queryDb(
      apps.db.url,
      "UPDATE scim_tokens SET expires_at = now() - interval '1 second' WHERE id = $1",
      [issued.id],
    );

    const res = await scimProbe(apps.scimApi, issued.token);

    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toContain('Bearer');
  });

  it('should record last use once, and not again within the same minute', async () => {
    const org = await provision('Used');
    const issued = await issue(org);
    await expect(lastUsedAt(issued.id)).resolves.toBeNull();

    await scimProbe(apps.scimApi, issued.token).expect(200);
    const first = await eventually(
      'last_used_at to be written',
      async () => (await lastUsedAt(issued.id)) ?? undefined,
    );
    await sleep(20);
    await scimProbe(apps.scimApi, issued.token).expect(200);
    await sleep(500);

    await expect(lastUsedAt(issued.id)).resolves.toBe(first);
    const settings = await request(apps.scimApi.getHttpServer())
      .get(settingsPath(org.orgId))
      .set('Authorization', bearer(org.sessionToken))
      .expect(200);
    const listed = (settings.body as ScimSettingsBody).tokens.find((token) => token.id === issued.id);
    expect(listed?.lastUsedAt).toEqual(expect.any(String));
  });

  describe('credential separation', () => {
    it('should refuse a SCIM token on the settings API with 401', async () => {
      const org = await provision('Separate');
      const res = await request(apps.scimApi.getHttpServer())
        .get(settingsPath(org.orgId))
        .set('Authorization', bearer(org.scimToken));

      expect(res.status).toBe(401);
    });

    it('should refuse a console session on the SCIM API with 401', async () => {
      const org = await provision('Separate');
      const res = await scimProbe(apps.scimApi, org.sessionToken);

      expect(res.status).toBe(401);
      expect(res.headers['www-authenticate']).toContain('Bearer');
    });

    it('should refuse the admin token on the SCIM and settings APIs with 401', async () => {
      const org = await provision('Separate');

      await scimProbe(apps.scimApi, TEST_ADMIN_TOKEN).expect(401);
      await request(apps.scimApi.getHttpServer())
        .get(settingsPath(org.orgId))
        .set('Authorization', ADMIN_AUTH)
        .expect(401);
    });

    it('should refuse a SCIM token and a session on the admin API with 401', async () => {
      const org = await provision('Separate');

      for (const token of [org.scimToken, org.sessionToken]) {
        await request(apps.adminApi.getHttpServer())
          .get(`/internal/organizations/${org.orgId}`)
          .set('Authorization', bearer(token))
          .expect(401);
      }
    });
  });
});
