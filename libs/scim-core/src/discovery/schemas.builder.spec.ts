import { CORE_USER_SCHEMA, ENTERPRISE_USER_SCHEMA, LAMBDATEST_USER_SCHEMA } from '../scim-urns';
import type { ScimSchemaAttribute, ScimSchemaResource } from './discovery.types';
import { buildSchemas } from './schemas.builder';

function attributeOf(schema: ScimSchemaResource | undefined, name: string): ScimSchemaAttribute | undefined {
  return schema?.attributes.find((attribute) => attribute.name === name);
}

describe(buildSchemas.name, () => {
  const sut = buildSchemas;
  const schemas = sut('https://auth.example.com/api/scim/');
  const byId = (id: string) => schemas.find((schema) => schema.id === id);

  it('should list the core, Enterprise User and product schemas with their locations', () => {
    expect(schemas.map(({ id, name, meta }) => ({ id, name, meta }))).toEqual([
      {
        id: CORE_USER_SCHEMA,
        name: 'User',
        meta: {
          resourceType: 'Schema',
          location: `https://auth.example.com/api/scim/Schemas/${CORE_USER_SCHEMA}`,
        },
      },
      {
        id: ENTERPRISE_USER_SCHEMA,
        name: 'EnterpriseUser',
        meta: {
          resourceType: 'Schema',
          location: `https://auth.example.com/api/scim/Schemas/${ENTERPRISE_USER_SCHEMA}`,
        },
      },
      {
        id: LAMBDATEST_USER_SCHEMA,
        name: 'LambdaTestUser',
        meta: {
          resourceType: 'Schema',
          location: `https://auth.example.com/api/scim/Schemas/${LAMBDATEST_USER_SCHEMA}`,
        },
      },
    ]);
  });

  it('should list the RFC 7643 §8.7.1 core attributes without the common ones', () => {
    expect(byId(CORE_USER_SCHEMA)?.attributes.map((attribute) => attribute.name)).toEqual([
      'userName',
      'name',
      'displayName',
      'nickName',
      'profileUrl',
      'title',
      'userType',
      'preferredLanguage',
      'locale',
      'timezone',
      'active',
      'password',
      'emails',
      'phoneNumbers',
      'ims',
      'photos',
      'addresses',
      'groups',
      'entitlements',
      'roles',
      'x509Certificates',
    ]);
  });

  it('should render userName, password and groups with their §8.7.1 characteristics', () => {
    const core = byId(CORE_USER_SCHEMA);

    expect(attributeOf(core, 'userName')).toEqual({
      name: 'userName',
      type: 'string',
      multiValued: false,
      description: 'Unique identifier for the User, used to authenticate (RFC 7643 §4.1.1).',
      required: true,
      caseExact: false,
      mutability: 'readWrite',
      returned: 'default',
      uniqueness: 'server',
    });
    expect(attributeOf(core, 'password')).toMatchObject({ mutability: 'writeOnly', returned: 'never' });
    expect(attributeOf(core, 'groups')).toMatchObject({ mutability: 'readOnly', multiValued: true });
    expect(attributeOf(core, 'emails')?.subAttributes?.map((sub) => sub.name)).toEqual([
      'value',
      'display',
      'type',
      'primary',
    ]);
  });

  it('should render OrganizationRole with its canonical values', () => {
    expect(byId(LAMBDATEST_USER_SCHEMA)?.attributes).toEqual([
      expect.objectContaining({
        name: 'OrganizationRole',
        type: 'string',
        required: false,
        caseExact: false,
        canonicalValues: ['Admin', 'Guest', 'User'],
      }),
    ]);
  });

  it('should render the manager with a User reference', () => {
    const manager = attributeOf(byId(ENTERPRISE_USER_SCHEMA), 'manager');

    expect(manager?.subAttributes?.find((sub) => sub.name === '$ref')).toMatchObject({
      type: 'reference',
      referenceTypes: ['User'],
    });
  });

  it('should not leak server-side validation policy into the representation', () => {
    const json = JSON.stringify(schemas);

    expect(json).not.toContain('enforceCanonicalValues');
    expect(json).not.toContain('maxLength');
    expect(json).not.toContain('bareValueSubAttribute');
  });
});
