import { startTestApps, type TestApps } from '../../support/test-apps';
import { provisionScimOrg, queryDb, type ScimOrg, type ScimUserList } from './scim-helpers';

/** Enough users that the advertised maximum page size (200, ServiceProviderConfig filter.maxResults) binds. */
const SEEDED = 230;

describe('GET /Users page size', () => {
  let apps: TestApps;
  let org: ScimOrg;

  beforeAll(async () => {
    apps = await startTestApps();
    org = await provisionScimOrg(apps);
    await queryDb(
      apps.db.url,
      `INSERT INTO members (organization_id, user_name, given_name, family_name, role, source)
       SELECT $1, 'seeded-' || n || '@acme.example', 'Seeded', 'User', 'user', 'scim' FROM generate_series(1, $2) AS n`,
      [org.orgId, SEEDED],
    );
  });

  afterAll(async () => {
    await apps.close();
  });

  it('should clamp a count above the maximum to 200 and keep totalResults exact', async () => {
    const res = await org.scim.list({ count: 1000 }).expect(200);
    const body = res.body as ScimUserList;
    expect(body.itemsPerPage).toBe(200);
    expect(body.Resources).toHaveLength(200);
    expect(body.totalResults).toBe(SEEDED + 1);
  });

  it('should default to 100 results when count is absent', async () => {
    const body = (await org.scim.list().expect(200)).body as ScimUserList;
    expect(body.Resources).toHaveLength(100);
    expect(body.totalResults).toBe(SEEDED + 1);
  });

  it('should serve the remainder on the last page', async () => {
    const body = (await org.scim.list({ startIndex: 201, count: 200 }).expect(200)).body as ScimUserList;
    expect(body.startIndex).toBe(201);
    expect(body.Resources).toHaveLength(SEEDED + 1 - 200);
  });
});
