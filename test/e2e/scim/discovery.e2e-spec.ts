import type {
  ScimListResponse,
  ScimResourceType,
  ScimSchemaAttribute,
  ScimSchemaResource,
  ScimServiceProviderConfig,
} from '@app/scim-core';
import { startTestApps, TEST_PUBLIC_URL, type TestApps } from '../../support/test-apps';
import {
  CORE_USER_SCHEMA,
  ENTERPRISE_USER_SCHEMA,
  ENTRA_FLAG,
  expectScimError,
  LAMBDATEST_USER_SCHEMA,
  provisionScimOrg,
  ScimClient,
  type ScimOrg,
} from './scim-helpers';

const BASE = `${TEST_PUBLIC_URL}/api/scim`;

/** RFC 7644 §4 discovery: what Entra reads on "Save" and what the server must honour. */
describe('SCIM discovery endpoints', () => {
  let apps: TestApps;
  let org: ScimOrg;

  beforeAll(async () => {
    apps = await startTestApps();
    org = await provisionScimOrg(apps);
  });

  afterAll(async () => {
    await apps.close();
  });

  const json = async <T>(path: string): Promise<T> => {
    const res = await org.scim.get(path);
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/scim+json');
    return res.body as T;
  };

  it('should describe the features in /ServiceProviderConfig', async () => {
    const config = await json<ScimServiceProviderConfig>('/ServiceProviderConfig');

    expect(config).toMatchObject({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
      patch: { supported: true },
      filter: { supported: true, maxResults: 200 },
      etag: { supported: true },
      bulk: { supported: false },
      sort: { supported: false },
      changePassword: { supported: false },
      meta: { resourceType: 'ServiceProviderConfig', location: `${BASE}/ServiceProviderConfig` },
    });
    expect(config.authenticationSchemes.map((scheme) => scheme.type)).toEqual(['oauthbearertoken']);
  });

  it('should list the User resource type with both extensions optional', async () => {
    const list = await json<ScimListResponse<ScimResourceType>>('/ResourceTypes');
    const user = await json<ScimResourceType>('/ResourceTypes/User');

    expect(list).toMatchObject({ totalResults: 1, itemsPerPage: 1, startIndex: 1 });
    expect(list.Resources).toEqual([user]);
    expect(user).toMatchObject({
      id: 'User',
      name: 'User',
      endpoint: '/Users',
      schema: CORE_USER_SCHEMA,
      meta: { resourceType: 'ResourceType', location: `${BASE}/ResourceTypes/User` },
    });
    expect(user.schemaExtensions).toEqual([
      { schema: ENTERPRISE_USER_SCHEMA, required: false },
      { schema: LAMBDATEST_USER_SCHEMA, required: false },
    ]);
  });

  it('should list the three User schemas, each also served by its URN', async () => {
    const list = await json<ScimListResponse<ScimSchemaResource>>('/Schemas');

    expect(list.Resources.map((schema) => schema.id).sort()).toEqual(
      [CORE_USER_SCHEMA, ENTERPRISE_USER_SCHEMA, LAMBDATEST_USER_SCHEMA].sort(),
    );
    expect(list.totalResults).toBe(3);
    for (const schema of list.Resources) {
      expect(await json<ScimSchemaResource>(`/Schemas/${schema.id}`)).toEqual(schema);
      expect(schema.meta).toEqual({ resourceType: 'Schema', location: `${BASE}/Schemas/${schema.id}` });
    }
  });

  it('should describe the attributes the server enforces', async () => {
    const core = await json<ScimSchemaResource>(`/Schemas/${CORE_USER_SCHEMA}`);
    const lambdaTest = await json<ScimSchemaResource>(`/Schemas/${LAMBDATEST_USER_SCHEMA}`);
    const byName = (schema: ScimSchemaResource, name: string): ScimSchemaAttribute | undefined =>
      schema.attributes.find((attribute) => attribute.name === name);

    expect(byName(core, 'userName')).toMatchObject({
      required: true,
      uniqueness: 'server',
      caseExact: false,
    });
    expect(byName(core, 'password')).toMatchObject({ mutability: 'writeOnly', returned: 'never' });
    expect(byName(lambdaTest, 'OrganizationRole')).toMatchObject({
      type: 'string',
      canonicalValues: ['Admin', 'Guest', 'User'],
    });
  });

  it(`should answer with the ${ENTRA_FLAG} flag on the URL, as Entra calls it`, async () => {
    await org.scim.get(`/ServiceProviderConfig?${ENTRA_FLAG}`).expect(200);
    await org.scim.get(`/Schemas?${ENTRA_FLAG}`).expect(200);
  });

  it.each([
    ['an unknown schema URN', '/Schemas/urn:ietf:params:scim:schemas:core:2.0:Group'],
    ['an unknown resource type', '/ResourceTypes/Group'],
  ])('should answer 404 with a SCIM error for %s', async (_case, path) => {
    expectScimError(await org.scim.get(path), 404);
  });

  it('should require the SCIM token', async () => {
    const res = await new ScimClient(apps.scimApi, 'scim_invalid').get('/ServiceProviderConfig');

    expectScimError(res, 401);
  });
});
