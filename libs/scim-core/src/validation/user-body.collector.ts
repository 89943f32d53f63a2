import {
  parseAttributePath,
  resolveAttribute,
  type ResolvedScimAttribute,
} from '../schema/resolve-attribute';
import type { ScimSchemaDefinition } from '../schema/scim-attribute-definition';
import { findUserSchema, isUserExtensionSchema } from '../schema/user-resource.schemas';
import { ScimError } from '../scim-error';
import {
  givenTwice,
  isIgnoredOnInput,
  unknownAttribute,
  validateAttributeValue,
} from './attribute-value.validator';
import {
  describeName,
  isComplexValue,
  isJsonArray,
  isJsonObject,
  type ScimComplexValue,
  type ScimValue,
} from './scim-value';

/** Validated values per schema URI, each under canonical attribute names. */
export type ValidatedUserAttributes = ReadonlyMap<string, ScimComplexValue>;

const MAX_SCHEMA_URIS = 16;

/**
 * Walks the top level of a User body. A key is `schemas`, an extension URN holding an object, or an attribute
 * path: `userName`, `name.givenName`, or a full-URN path such as `urn:…:enterprise:2.0:User:employeeNumber`
 * (Entra's no-path dialect, idp-behaviour §1). Paths reaching the same attribute are merged; the same value twice
 * is refused rather than one silently winning.
 */
export function collectUserAttributes(body: Readonly<Record<string, unknown>>): ValidatedUserAttributes {
  const collected = new Map<string, ScimComplexValue>();
  for (const [key, value] of Object.entries(body)) {
    if (key.toLowerCase() === 'schemas') {
      validateSchemasAttribute(value);
      continue;
    }
    const extension = findUserSchema(key);
    if (extension !== undefined && isUserExtensionSchema(extension)) {
      collectExtensionObject(extension, value, collected);
      continue;
    }
    const resolved = extension === undefined ? resolvePath(key) : undefined;
    if (resolved === undefined) throw unknownAttribute(key);
    collectValue(resolved, value, collected);
  }
  return collected;
}

/**
 * The URIs must name User schemas. Extensions are honoured whether or not they are listed: Entra sends the
 * product extension without adding its URN here.
 */
function validateSchemasAttribute(value: unknown): void {
  if (value === null) return;
  if (!isJsonArray(value) || value.length > MAX_SCHEMA_URIS) {
    throw ScimError.invalidSyntax(
      `Attribute 'schemas' must be an array of at most ${MAX_SCHEMA_URIS} schema URIs`,
    );
  }
  for (const uri of value) {
    if (typeof uri !== 'string')
      throw ScimError.invalidSyntax("Attribute 'schemas' must contain strings only");
    if (findUserSchema(uri) === undefined) {
      throw ScimError.invalidValue(`Schema '${describeName(uri)}' is not a schema of the User resource type`);
    }
  }
}

function resolvePath(path: string): ResolvedScimAttribute | undefined {
  const reference = parseAttributePath(path);
  return reference && resolveAttribute(reference);
}

function collectExtensionObject(
  schema: ScimSchemaDefinition,
  value: unknown,
  collected: Map<string, ScimComplexValue>,
): void {
  if (value === null) return;
  if (!isJsonObject(value)) {
    throw ScimError.invalidValue(`Attribute '${schema.id}' must be a complex value (a JSON object)`);
  }
  for (const [key, inner] of Object.entries(value)) {
    const reference = key.includes(':') ? undefined : parseAttributePath(key);
    const resolved = reference && resolveAttribute({ ...reference, uri: schema.id });
    if (resolved === undefined) throw unknownAttribute(`${schema.id}:${key}`);
    collectValue(resolved, inner, collected);
  }
}

function collectValue(
  resolved: ResolvedScimAttribute,
  value: unknown,
  collected: Map<string, ScimComplexValue>,
): void {
  const { attribute, subAttribute, canonicalPath } = resolved;
  if (isIgnoredOnInput(attribute) || (subAttribute !== undefined && isIgnoredOnInput(subAttribute))) return;
  if (subAttribute === undefined) {
    const validated = validateAttributeValue(attribute, value, canonicalPath);
    if (validated !== undefined) merge(resolved, validated, collected);
    return;
  }
  if (attribute.multiValued) {
    // A dotted name cannot say which entry it means; that is PATCH's value-path job (RFC 7644 §3.5.2).
    throw ScimError.invalidSyntax(`Attribute '${canonicalPath}' must be sent as part of the whole array`);
  }
  const validated = validateAttributeValue(subAttribute, value, canonicalPath);
  if (validated !== undefined) merge(resolved, { [subAttribute.name]: validated }, collected);
}

function merge(
  resolved: ResolvedScimAttribute,
  value: ScimValue,
  collected: Map<string, ScimComplexValue>,
): void {
  const record = collected.get(resolved.schemaUrn) ?? {};
  collected.set(resolved.schemaUrn, record);
  const name = resolved.attribute.name;
  const existing = record[name];
  if (existing === undefined) {
    record[name] = value;
    return;
  }
  const attributePath = attributePathOf(resolved);
  if (!isComplexValue(existing) || !isComplexValue(value)) throw givenTwice(attributePath);
  for (const [subName, subValue] of Object.entries(value)) {
    if (Object.hasOwn(existing, subName)) throw givenTwice(`${attributePath}.${subName}`);
    existing[subName] = subValue;
  }
}

function attributePathOf({ canonicalPath, subAttribute }: ResolvedScimAttribute): string {
  return subAttribute === undefined ? canonicalPath : canonicalPath.slice(0, -subAttribute.name.length - 1);
}
