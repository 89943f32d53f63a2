import { USER_EXTENSION_SCHEMA_DEFINITIONS } from '../schema/user-resource.schemas';
import { CORE_USER_SCHEMA, RESOURCE_TYPE_SCHEMA } from '../scim-urns';
import { trimTrailingSlash, type ScimResourceType } from './discovery.types';

/**
 * The resource types served (RFC 7643 §6): User only, with both extensions optional, since a User without
 * enterprise data or an OrganizationRole is valid (the role then defaults to User).
 */
export function buildResourceTypes(baseUrl: string): ScimResourceType[] {
  return [
    {
      schemas: [RESOURCE_TYPE_SCHEMA],
      id: 'User',
      name: 'User',
      endpoint: '/Users',
      description: 'User Account',
      schema: CORE_USER_SCHEMA,
      schemaExtensions: USER_EXTENSION_SCHEMA_DEFINITIONS.map((schema) => ({
        schema: schema.id,
        required: false,
      })),
      meta: { resourceType: 'ResourceType', location: `${trimTrailingSlash(baseUrl)}/ResourceTypes/User` },
    },
  ];
}
