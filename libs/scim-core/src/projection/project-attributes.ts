import { CORE_USER_SCHEMA } from '../scim-urns';
import { findSubAttribute, resolveAttribute } from '../schema/resolve-attribute';
import type { ScimAttributeDefinition, ScimSchemaDefinition } from '../schema/scim-attribute-definition';
import { findUserSchema, isUserExtensionSchema } from '../schema/user-resource.schemas';
import { isJsonArray, isJsonObject } from '../validation/scim-value';
import type { ScimUser } from '../wire/scim-user';
import { toAttributeSelection, type AttributeSelection } from './attribute-selection';

/** The `attributes` / `excludedAttributes` query parameters (RFC 7644 §3.4.2.5, §3.9), already split. */
export interface AttributeProjectionOptions {
  attributes?: readonly string[];
  excludedAttributes?: readonly string[];
}

interface Projection {
  readonly include: AttributeSelection | undefined;
  readonly exclude: AttributeSelection | undefined;
}

/** Sub-attributes to keep or drop: all of them, none, or the named ones. */
type SubSelection = 'all' | 'none' | ReadonlySet<string>;

/**
 * Applies `attributes` / `excludedAttributes` with each attribute's "returned" characteristic (RFC 7643 §7):
 * `always` (id) survives both lists, `never` (password) never appears, `default` appears unless excluded or left
 * out of an `attributes` list, `request` only when named. Names are matched in any case, may be URN-qualified
 * and may name sub-attributes (`name.givenName`) or a whole extension by its URN. Unknown names select nothing.
 * `schemas` is always kept, minus the URNs of extensions that no longer appear.
 */
export function projectAttributes(
  resource: ScimUser,
  options: AttributeProjectionOptions = {},
): Partial<ScimUser> {
  const projection: Projection = {
    include: toAttributeSelection(options.attributes),
    exclude: toAttributeSelection(options.excludedAttributes),
  };
  const result: Record<string, unknown> = {};
  const entries: [string, unknown][] = Object.entries(resource);
  for (const [key, value] of entries) {
    const projected = key === 'schemas' ? value : projectTopLevel(key, value, projection);
    if (projected !== undefined) result[key] = projected;
  }
  result.schemas = resource.schemas.filter((uri) => uri === CORE_USER_SCHEMA || Object.hasOwn(result, uri));
  // Every kept key and value is a subset of the resource's own, so the shape is a Partial of its type.
  return result;
}

function projectTopLevel(key: string, value: unknown, projection: Projection): unknown {
  const extension = findUserSchema(key);
  if (extension !== undefined && isUserExtensionSchema(extension)) {
    return projectExtension(extension, value, projection);
  }
  const attribute = resolveAttribute({ name: key })?.attribute;
  if (attribute !== undefined) return projectAttribute(CORE_USER_SCHEMA, attribute, value, projection);
  return projection.include === undefined ? value : undefined;
}

function projectExtension(schema: ScimSchemaDefinition, value: unknown, projection: Projection): unknown {
  if (!isJsonObject(value)) return undefined;
  const result: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const attribute = resolveAttribute({ uri: schema.id, name: key })?.attribute;
    const projected = attribute && projectAttribute(schema.id, attribute, inner, projection);
    if (projected !== undefined) result[key] = projected;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

function projectAttribute(
  schemaUrn: string,
  attribute: ScimAttributeDefinition,
  value: unknown,
  { include, exclude }: Projection,
): unknown {
  if (attribute.returned === 'never') return undefined;
  if (attribute.returned === 'always') return value;
  const included = selected(include, schemaUrn, attribute, attribute.returned === 'request' ? 'none' : 'all');
  const excluded = selected(exclude, schemaUrn, attribute, 'none');
  if (included === 'none' || excluded === 'all') return undefined;
  if (attribute.type !== 'complex') return value;
  return projectComplex(attribute, value, included, excluded);
}

/** What a list selects of one attribute; `whenAbsent` applies when there is no list at all. */
function selected(
  selection: AttributeSelection | undefined,
  schemaUrn: string,
  attribute: ScimAttributeDefinition,
  whenAbsent: SubSelection,
): SubSelection {
  if (selection === undefined) return whenAbsent;
  if (selection.schemas.has(schemaUrn) || selection.attributes.has(`${schemaUrn}|${attribute.name}`))
    return 'all';
  return selection.subAttributes.get(`${schemaUrn}|${attribute.name}`) ?? 'none';
}

function projectComplex(
  attribute: ScimAttributeDefinition,
  value: unknown,
  included: SubSelection,
  excluded: SubSelection,
): unknown {
  if (!isJsonArray(value)) return projectObject(attribute, value, included, excluded);
  const items = value
    .map((item) => projectObject(attribute, item, included, excluded))
    .filter((item) => item !== undefined);
  return items.length > 0 ? items : undefined;
}

function projectObject(
  attribute: ScimAttributeDefinition,
  value: unknown,
  included: SubSelection,
  excluded: SubSelection,
): Record<string, unknown> | undefined {
  if (!isJsonObject(value)) return undefined;
  const result: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const subAttribute = findSubAttribute(attribute, key);
    const keep =
      subAttribute === undefined ? included === 'all' : keepsSubAttribute(subAttribute, included, excluded);
    if (keep) result[key] = inner;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

function keepsSubAttribute(
  subAttribute: ScimAttributeDefinition,
  included: SubSelection,
  excluded: SubSelection,
): boolean {
  if (subAttribute.returned === 'never') return false;
  if (subAttribute.returned === 'always') return true;
  const named = (selection: SubSelection) =>
    selection !== 'all' && selection !== 'none' && selection.has(subAttribute.name);
  if (included !== 'all' && !named(included)) return false;
  if (subAttribute.returned === 'request' && !named(included)) return false;
  return !named(excluded);
}
