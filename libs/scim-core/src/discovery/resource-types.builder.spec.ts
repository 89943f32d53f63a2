import { buildResourceTypes } from './resource-types.builder';

describe(buildResourceTypes.name, () => {
  const sut = buildResourceTypes;

  it('should describe the User resource type with both extensions optional (RFC 7643 §6)', () => {
    expect(sut('https://auth.example.com/api/scim')).toEqual([
      {
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
        id: 'User',
        name: 'User',
        endpoint: '/Users',
        description: 'User Account',
        schema: 'urn:ietf:params:scim:schemas:core:2.0:User',
        schemaExtensions: [
          { schema: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User', required: false },
          { schema: 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User', required: false },
        ],
        meta: {
          resourceType: 'ResourceType',
          location: 'https://auth.example.com/api/scim/ResourceTypes/User',
        },
      },
    ]);
  });
});
