import { startTestApps, TEST_PUBLIC_URL, type TestApps } from '../../support/test-apps';
import type { ScimUser } from '@app/scim-core';
import {
  CORE_USER_SCHEMA,
  ENTERPRISE_USER_SCHEMA,
  expectScimError,
  LAMBDATEST_USER_SCHEMA,
  provisionScimOrg,
  queryDb,
  userBody,
  type ScimOrg,
} from './scim-helpers';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Every attribute of the core User schema and the Enterprise User extension a client may write (RFC 7643 §4). */
const EVERY_ATTRIBUTE = {
  externalId: 'ext-0001',
  userName: 'Barbara.Jensen@Example.com',
  name: {
    formatted: 'Ms. Barbara J Jensen, III',
    familyName: 'Jensen',
    givenName: 'Barbara',
    middleName: 'Jane',
    honorificPrefix: 'Ms.',
    honorificSuffix: 'III',
  },
  displayName: 'Babs Jensen',
  nickName: 'Babs',
  profileUrl: 'https://login.example.com/bjensen',
  title: 'Tour Guide',
  userType: 'Employee',
  preferredLanguage: 'en-US',
  locale: 'en-US',
  timezone: 'America/Los_Angeles',
  active: true,
  emails: [
    { value: 'bjensen@example.com', type: 'work', primary: true, display: 'Work' },
    { value: 'babs@jensen.org', type: 'home' },
  ],
  phoneNumbers: [
    { value: '555-555-5555', type: 'work' },
    { value: '555-555-4444', type: 'mobile' },
  ],
  ims: [{ value: 'someaimhandle', type: 'aim' }],
  photos: [{ value: 'https://photos.example.com/profilephoto/72930000000Ccne/F', type: 'photo' }],
  addresses: [
    {
      type: 'work',
      streetAddress: '100 Universal City Plaza',
      locality: 'Hollywood',
      region: 'CA',
      postalCode: '91608',
      country: 'US',
      formatted: '100 Universal City Plaza\nHollywood, CA 91608 USA',
      primary: true,
    },
  ],
  entitlements: [{ value: 'ProjectX' }],
  roles: [{ value: 'Tour Guide', primary: true }],
  x509Certificates: [{ value: 'MIIDQzCCAqygAwIBAgICEAAwDQYJKoZIhvcNAQEFBQAw' }],
  [ENTERPRISE_USER_SCHEMA]: {
    employeeNumber: '701984',
    costCenter: '4130',
    organization: 'Universal Studios',
    division: 'Theme Park',
    department: 'Tour Operations',
    manager: {
      value: '26118915-6090-4610-87e4-49d8ca9f808d',
      $ref: '../Users/26118915-6090-4610-87e4-49d8ca9f808d',
    },
  },
};

describe('POST /api/scim/Users', () => {
  let apps: TestApps;
  let org: ScimOrg;

  beforeAll(async () => {
    apps = await startTestApps();
    org = await provisionScimOrg(apps);
  });

  afterAll(async () => {
    await apps.close();
  });

  const liveMembers = async (): Promise<number> => {
    const rows = await queryDb<{ n: number }>(
      apps.db.url,
      'SELECT count(*)::int AS n FROM members WHERE organization_id = $1 AND deleted_at IS NULL',
      [org.orgId],
    );
    return rows[0].n;
  };

  it('should answer 201 with the resource, a Location header and ETag W/"1"', async () => {
    const res = await org.scim.post('/Users', userBody('created@x.com'));

    expect(res.status).toBe(201);
    const user = res.body as ScimUser;
    expect(user.id).toMatch(UUID);
    expect(res.headers.location).toBe(`${TEST_PUBLIC_URL}/api/scim/Users/${user.id}`);
    expect(res.headers.etag).toBe('W/"1"');
    expect(user.meta).toEqual({
      resourceType: 'User',
      created: expect.any(String),
      lastModified: expect.any(String),
      location: res.headers.location,
      version: 'W/"1"',
    });
  });

  it.each([
    ['userName', (body: Record<string, unknown>) => delete body.userName],
    ['active', (body: Record<string, unknown>) => delete body.active],
    ['name.givenName', (body: Record<string, unknown>) => (body.name = { familyName: 'Family' })],
    ['name.familyName', (body: Record<string, unknown>) => (body.name = { givenName: 'Given' })],
  ])(
    'should refuse a body without %s with 400 invalidValue naming it, and create nothing',
    async (path, drop) => {
      const before = await liveMembers();
      const body = userBody('incomplete@x.com');
      drop(body);

      const res = await org.scim.post('/Users', body);

      const error = expectScimError(res, 400, 'invalidValue');
      expect(error.detail).toContain(path);
      expect(await liveMembers()).toBe(before);
    },
  );

  it.each([
    ['the same case', 'dup1@x.com', 'dup1@x.com'],
    ['upper case', 'dup2@x.com', 'DUP2@X.COM'],
    ['mixed case', 'Dup3@x.com', 'dUP3@X.com'],
  ])(
    'should refuse a second user with the same userName in %s with 409 uniqueness',
    async (_case, first, second) => {
      await org.scim.createUser(userBody(first));

      const res = await org.scim.post('/Users', userBody(second));

      expectScimError(res, 409, 'uniqueness');
      expect((await org.scim.findByUserName(first)).Resources.map((user) => user.userName)).toEqual([first]);
    },
  );

  it('should let exactly one of 10 concurrent POSTs of one userName win, the others getting 409', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_unused, i) =>
        org.scim.post('/Users', userBody(i % 2 === 0 ? 'race@x.com' : 'RACE@x.com')),
      ),
    );

    expect(results.map((res) => res.status).sort()).toEqual([201, ...Array<number>(9).fill(409)]);
    expect((await org.scim.findByUserName('race@x.com')).totalResults).toBe(1);
  });

  it('should accept a password and neither return nor store it', async () => {
    const password = 'S3cret-Pa55word-1mz050nq';
    const res = await org.scim.post('/Users', userBody('withpassword@x.com', { password }));

    expect(res.status).toBe(201);
    expect(res.text).not.toContain(password);
    const user = res.body as ScimUser;
    const read = await org.scim.get(`/Users/${user.id}?attributes=password,userName`);
    expect(read.text).not.toContain(password);
    expect(read.text).not.toContain('"password"');
    const rows = await queryDb<{ row: string }>(
      apps.db.url,
      'SELECT row_to_json(m)::text AS row FROM members m WHERE id = $1',
      [user.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].row).not.toContain(password);
  });

  it('should ignore a client-sent id and meta', async () => {
    const sentId = '8c1b6f4e-0000-4000-8000-000000000000';
    const res = await org.scim.post(
      '/Users',
      userBody('clientid@x.com', {
        id: sentId,
        meta: {
          resourceType: 'User',
          created: '2001-01-01T00:00:00Z',
          version: 'W/"99"',
          location: 'https://evil/x',
        },
      }),
    );

    expect(res.status).toBe(201);
    const user = res.body as ScimUser;
    expect(user.id).not.toBe(sentId);
    expect(user.id).toMatch(UUID);
    expect(user.meta.version).toBe('W/"1"');
    expect(user.meta.location).toBe(`${TEST_PUBLIC_URL}/api/scim/Users/${user.id}`);
    expect(Date.now() - Date.parse(user.meta.created ?? '')).toBeLessThan(60_000);
    await org.scim.get(`/Users/${sentId}`).expect(404);
  });

  it('should keep the case of userName as sent', async () => {
    const created = await org.scim.createUser(userBody('Mixed.Case@Example.COM'));

    expect(created.userName).toBe('Mixed.Case@Example.COM');
    expect((await org.scim.getUser(created.id)).userName).toBe('Mixed.Case@Example.COM');
    expect((await org.scim.findByUserName('mixed.case@example.com')).Resources[0].userName).toBe(
      'Mixed.Case@Example.COM',
    );
  });

  it('should round-trip every core and Enterprise User attribute exactly', async () => {
    const sent = { schemas: [CORE_USER_SCHEMA, ENTERPRISE_USER_SCHEMA], ...EVERY_ATTRIBUTE };
    const expected = {
      ...EVERY_ATTRIBUTE,
      schemas: [CORE_USER_SCHEMA, ENTERPRISE_USER_SCHEMA, LAMBDATEST_USER_SCHEMA],
      id: expect.stringMatching(UUID),
      meta: expect.objectContaining({ resourceType: 'User', version: 'W/"1"' }),
      [LAMBDATEST_USER_SCHEMA]: { OrganizationRole: 'User' },
    };

    const created = await org.scim.post('/Users', sent);

    expect(created.status).toBe(201);
    expect(created.body).toEqual(expected);
    expect(await org.scim.getUser((created.body as ScimUser).id)).toEqual(expected);
  });
});
