import { defineAttribute, type ScimAttributeDefinition } from './scim-attribute-definition';

const readOnly = { mutability: 'readOnly' } as const;

/**
 * Attributes every resource carries (RFC 7643 §3.1). They belong to no schema URI and so are not listed by
 * /Schemas (§8.7.1 omits them), but names resolve against them as if they were core attributes.
 */
export const COMMON_ATTRIBUTES: readonly ScimAttributeDefinition[] = [
  defineAttribute('id', 'Unique identifier of the resource, assigned by the service provider.', {
    ...readOnly,
    caseExact: true,
    returned: 'always',
    uniqueness: 'server',
  }),
  defineAttribute('externalId', "The provisioning client's identifier of the resource.", { caseExact: true }),
  defineAttribute('meta', 'Resource metadata maintained by the service provider.', {
    ...readOnly,
    type: 'complex',
    subAttributes: [
      defineAttribute('resourceType', 'The name of the resource type of the resource.', {
        ...readOnly,
        caseExact: true,
      }),
      defineAttribute('created', 'When the resource was added to the service provider.', {
        ...readOnly,
        type: 'dateTime',
      }),
      defineAttribute('lastModified', 'When the resource was last modified.', {
        ...readOnly,
        type: 'dateTime',
      }),
      defineAttribute('location', 'The URI of the resource being returned.', {
        ...readOnly,
        type: 'reference',
        referenceTypes: ['uri'],
      }),
      defineAttribute('version', 'The version (entity tag) of the resource.', {
        ...readOnly,
        caseExact: true,
      }),
    ],
  }),
];
