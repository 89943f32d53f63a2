import { CORE_USER_SCHEMA } from '../scim-urns';
import { COMMON_ATTRIBUTES } from './common-attributes.schema';
import type { ScimAttributeDefinition, ScimSchemaDefinition } from './scim-attribute-definition';
import { findUserSchema, USER_SCHEMA_DEFINITIONS } from './user-resource.schemas';

/** An attribute path split per RFC 7644 §3.10: `[URI ":"] ATTRNAME ["." subAttr]`. */
export interface ScimAttributeReference {
  readonly uri?: string;
  readonly name: string;
  readonly subAttr?: string;
}

export interface ResolvedScimAttribute {
  /** Canonical URI of the schema that defines the attribute (common attributes resolve to the core schema). */
  readonly schemaUrn: string;
  readonly attribute: ScimAttributeDefinition;
  readonly subAttribute?: ScimAttributeDefinition;
  /** Canonical spelling: `name.givenName`, or `urn:…:enterprise:2.0:User:manager.value` for an extension. */
  readonly canonicalPath: string;
}

type AttributeIndex = ReadonlyMap<string, ScimAttributeDefinition>;

function indexByLowerName(attributes: readonly ScimAttributeDefinition[]): AttributeIndex {
  return new Map(attributes.map((attribute) => [attribute.name.toLowerCase(), attribute]));
}

// Maps, not object literals: a lookup of "constructor" or "__proto__" must miss, not hit Object.prototype.
const attributeIndexes = new Map<ScimSchemaDefinition, AttributeIndex>(
  USER_SCHEMA_DEFINITIONS.map((schema) => [
    schema,
    indexByLowerName(
      schema.id === CORE_USER_SCHEMA ? [...COMMON_ATTRIBUTES, ...schema.attributes] : schema.attributes,
    ),
  ]),
);

/**
 * Splits an attribute path into URI, name and sub-attribute. The URI is everything before the last colon, since
 * schema URNs contain dots ("2.0") but attribute names contain no colon. Returns undefined for an empty part
 * or more than one sub-attribute level (RFC 7644 §3.10 allows one).
 */
export function parseAttributePath(path: string): ScimAttributeReference | undefined {
  const colon = path.lastIndexOf(':');
  const uri = colon === -1 ? undefined : path.slice(0, colon);
  const parts = path.slice(colon + 1).split('.');
  if (uri === '' || parts.length > 2 || parts.some((part) => part === '')) return undefined;
  const [name, subAttr] = parts;
  return { uri, name, subAttr };
}

/**
 * Resolves an attribute of the User resource type, names in any letter case (RFC 7643 §2.1). Without a URI the
 * name is looked up in the core schema and the common attributes (RFC 7644 §3.10); extension attributes need
 * their URI. Returns undefined for anything undefined, including a sub-attribute of a simple attribute.
 */
export function resolveAttribute(reference: ScimAttributeReference): ResolvedScimAttribute | undefined {
  const schema = findUserSchema(reference.uri ?? CORE_USER_SCHEMA);
  const attribute = schema && attributeIndexes.get(schema)?.get(reference.name.toLowerCase());
  if (schema === undefined || attribute === undefined) return undefined;
  const prefix = schema.id === CORE_USER_SCHEMA ? '' : `${schema.id}:`;
  if (reference.subAttr === undefined) {
    return { schemaUrn: schema.id, attribute, canonicalPath: `${prefix}${attribute.name}` };
  }
  const subAttribute = findSubAttribute(attribute, reference.subAttr);
  if (subAttribute === undefined) return undefined;
  return {
    schemaUrn: schema.id,
    attribute,
    subAttribute,
    canonicalPath: `${prefix}${attribute.name}.${subAttribute.name}`,
  };
}

/** parseAttributePath then resolveAttribute. */
export function resolveAttributePath(path: string): ResolvedScimAttribute | undefined {
  const reference = parseAttributePath(path);
  return reference && resolveAttribute(reference);
}

/** A sub-attribute of a complex attribute, by name in any letter case. */
export function findSubAttribute(
  attribute: ScimAttributeDefinition,
  name: string,
): ScimAttributeDefinition | undefined {
  const lower = name.toLowerCase();
  return attribute.subAttributes?.find((subAttribute) => subAttribute.name.toLowerCase() === lower);
}
