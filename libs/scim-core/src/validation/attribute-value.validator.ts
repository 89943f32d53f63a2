import { findSubAttribute } from '../schema/resolve-attribute';
import type { ScimAttributeDefinition } from '../schema/scim-attribute-definition';
import { ScimError } from '../scim-error';
import { typeError, validateScalarValue } from './scalar-value.validator';
import { describeName, isJsonArray, isJsonObject, type ScimComplexValue, type ScimValue } from './scim-value';

/** Bound on entries of one multi-valued attribute: far above any real user, low enough to stop a flood. */
export const MAX_MULTI_VALUES = 100;

/**
 * Attributes a client may not set: readOnly ones "SHALL be ignored" in POST and PUT bodies (RFC 7644 §3.3,
 * §3.5.1; RFC 7643 §2.2), and writeOnly `password` is accepted but never stored, since members sign in through
 * SSO only.
 */
export function isIgnoredOnInput(definition: ScimAttributeDefinition): boolean {
  return definition.mutability === 'readOnly' || definition.mutability === 'writeOnly';
}

/**
 * Narrows one attribute value against its definition and returns it under canonical names. null, empty arrays
 * and complex values with nothing left are "unassigned" (RFC 7643 §2.5) and come back as undefined. Every
 * failure is a ScimError 400 naming `path`.
 */
export function validateAttributeValue(
  definition: ScimAttributeDefinition,
  value: unknown,
  path: string,
): ScimValue | undefined {
  if (value === null || value === undefined) return undefined;
  return definition.multiValued
    ? validateMultiValued(definition, value, path)
    : validateSingleValue(definition, value, path);
}

function validateSingleValue(
  definition: ScimAttributeDefinition,
  value: unknown,
  path: string,
): ScimValue | undefined {
  return definition.type === 'complex'
    ? validateComplex(definition, value, path)
    : validateScalarValue(definition, value, path);
}

function validateMultiValued(
  definition: ScimAttributeDefinition,
  value: unknown,
  path: string,
): ScimValue[] | undefined {
  // A lone object where an array belongs is a type error, not a one-element list (RFC 7643 §2.4).
  if (!isJsonArray(value)) throw typeError(path, 'an array (multi-valued)');
  if (value.length > MAX_MULTI_VALUES) {
    throw ScimError.invalidValue(`Attribute '${path}' must have at most ${MAX_MULTI_VALUES} values`);
  }
  const items: ScimValue[] = [];
  for (const item of value) {
    if (item === null || item === undefined)
      throw ScimError.invalidValue(`Attribute '${path}' must not contain null`);
    const validated = validateSingleValue(definition, item, path);
    if (validated !== undefined) items.push(validated);
  }
  assertOnePrimaryAtMost(items, path);
  return items.length > 0 ? items : undefined;
}

/** "The primary attribute value 'true' MUST appear no more than once" (RFC 7643 §2.4). */
function assertOnePrimaryAtMost(items: readonly ScimValue[], path: string): void {
  const primaries = items.filter((item) => isJsonObject(item) && item.primary === true).length;
  if (primaries > 1) throw ScimError.invalidValue(`Attribute '${path}' must have at most one primary value`);
}

function validateComplex(
  definition: ScimAttributeDefinition,
  value: unknown,
  path: string,
): ScimComplexValue | undefined {
  const shorthand = definition.bareValueSubAttribute;
  const object = typeof value === 'string' && shorthand !== undefined ? { [shorthand]: value } : value;
  if (!isJsonObject(object)) throw typeError(path, 'a complex value (a JSON object)');
  const result: ScimComplexValue = {};
  for (const [key, raw] of Object.entries(object)) {
    const subAttribute = findSubAttribute(definition, key);
    if (subAttribute === undefined) throw unknownAttribute(`${path}.${key}`);
    if (isIgnoredOnInput(subAttribute)) continue;
    const subPath = `${path}.${subAttribute.name}`;
    const validated = validateAttributeValue(subAttribute, raw, subPath);
    if (validated === undefined) continue;
    if (Object.hasOwn(result, subAttribute.name)) throw givenTwice(subPath);
    result[subAttribute.name] = validated;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

/** RFC 7644 §3.12 invalidSyntax: the body "did not conform to the request schema". Never silently dropped. */
export function unknownAttribute(name: string): ScimError {
  return ScimError.invalidSyntax(
    `Attribute '${describeName(name)}' is not defined for the User resource type`,
  );
}

export function givenTwice(path: string): ScimError {
  return ScimError.invalidSyntax(`Attribute '${path}' is given more than once`);
}
