import { findSubAttribute, isJsonObject, ScimError, type ScimAttributeDefinition } from '@app/scim-core';
import { describePath, type JsonObject } from './patch-document';

/**
 * Puts a PATCH value into the document's shape: sub-attribute names in canonical case (RFC 7643 §2.1), booleans
 * sent as "True"/"False" made real (Entra's default dialect, idp-behaviour §1), a bare string for `manager`
 * wrapped as `{ value }` (Entra, idp-behaviour §3.1). Types are otherwise left to the caller's validation, but
 * nothing reaches the document under a name the schema does not define, so `__proto__` and friends never do.
 */
export function normalizeValue(definition: ScimAttributeDefinition, value: unknown, path: string): unknown {
  if (value === null) return null;
  if (!definition.multiValued) return normalizeSingleValue(definition, value, path);
  const items: unknown[] = Array.isArray(value) ? value : [value];
  return items.map((item) => normalizeSingleValue(definition, item, path));
}

/** One value of an attribute (one entry of a multi-valued one). */
export function normalizeSingleValue(
  definition: ScimAttributeDefinition,
  value: unknown,
  path: string,
): unknown {
  return definition.type === 'complex'
    ? normalizeComplexValue(definition, value, path)
    : normalizeScalar(definition, value, path);
}

/**
 * A complex value with canonical sub-attribute names. A null sub-attribute is kept as null: to a merge it means
 * "unassign" (RFC 7643 §2.5). readOnly sub-attributes such as `manager.displayName` are dropped, since the
 * service provider computes them and client values "SHALL be ignored" (RFC 7643 §2.2).
 */
export function normalizeComplexValue(
  definition: ScimAttributeDefinition,
  value: unknown,
  path: string,
): JsonObject {
  const shorthand = definition.bareValueSubAttribute;
  const object = typeof value === 'string' && shorthand !== undefined ? { [shorthand]: value } : value;
  if (!isJsonObject(object)) {
    throw ScimError.invalidValue(`Attribute '${describePath(path)}' must be a complex value (a JSON object)`);
  }
  const result: JsonObject = {};
  for (const [key, raw] of Object.entries(object)) {
    const subAttribute = findSubAttribute(definition, key);
    if (subAttribute === undefined) {
      throw ScimError.invalidPath(
        `Attribute '${describePath(`${path}.${key}`)}' is not defined for the User resource type`,
      );
    }
    if (subAttribute.mutability === 'readOnly') continue;
    const subPath = `${path}.${subAttribute.name}`;
    if (Object.hasOwn(result, subAttribute.name)) {
      throw ScimError.invalidSyntax(`Attribute '${describePath(subPath)}' is given more than once`);
    }
    result[subAttribute.name] = raw === null ? null : normalizeSingleValue(subAttribute, raw, subPath);
  }
  return result;
}

/**
 * A simple value. Objects and arrays are refused here and not left to the caller: they are never a valid simple
 * value, and refusing them keeps client-built objects out of the document altogether.
 */
function normalizeScalar(definition: ScimAttributeDefinition, value: unknown, path: string): unknown {
  if (typeof value === 'object' && value !== null) {
    throw ScimError.invalidValue(
      `Attribute '${describePath(path)}' must be a single ${definition.type} value`,
    );
  }
  if (definition.type === 'boolean' && typeof value === 'string') return parseBooleanText(value);
  return value;
}

/** "True"/"False" in any case (Entra, SCIM-SDK #664, scim-patch #872); anything else is left for validation. */
function parseBooleanText(text: string): boolean | string {
  const lower = text.trim().toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  return text;
}
