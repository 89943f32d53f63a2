import type { ScimAttributeDefinition } from '../schema/scim-attribute-definition';
import { USER_SCHEMA_DEFINITIONS } from '../schema/user-resource.schemas';
import { SCHEMA_SCHEMA } from '../scim-urns';
import { trimTrailingSlash, type ScimSchemaAttribute, type ScimSchemaResource } from './discovery.types';

/**
 * The /Schemas resources (RFC 7643 §7, §8.7.1), rendered from the same definitions that validate bodies and
 * type-check filters. Common attributes (id, externalId, meta) are not listed, as in §8.7.1.
 */
export function buildSchemas(baseUrl: string): ScimSchemaResource[] {
  const base = trimTrailingSlash(baseUrl);
  return USER_SCHEMA_DEFINITIONS.map((schema) => ({
    schemas: [SCHEMA_SCHEMA],
    id: schema.id,
    name: schema.name,
    description: schema.description,
    attributes: schema.attributes.map(renderAttribute),
    meta: { resourceType: 'Schema', location: `${base}/Schemas/${schema.id}` },
  }));
}

/** Copies the RFC characteristics only; validation policy fields stay server-side. */
function renderAttribute(definition: ScimAttributeDefinition): ScimSchemaAttribute {
  const attribute: ScimSchemaAttribute = {
    name: definition.name,
    type: definition.type,
    multiValued: definition.multiValued,
    description: definition.description,
    required: definition.required,
    caseExact: definition.caseExact,
    mutability: definition.mutability,
    returned: definition.returned,
    uniqueness: definition.uniqueness,
  };
  if (definition.canonicalValues !== undefined) attribute.canonicalValues = [...definition.canonicalValues];
  if (definition.referenceTypes !== undefined) attribute.referenceTypes = [...definition.referenceTypes];
  if (definition.subAttributes !== undefined)
    attribute.subAttributes = definition.subAttributes.map(renderAttribute);
  return attribute;
}
