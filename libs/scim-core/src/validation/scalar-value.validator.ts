import type { ScimAttributeDefinition } from '../schema/scim-attribute-definition';
import { ScimError } from '../scim-error';

/** Ordinary strings stay well inside a text column; references and base64 certificates need more room. */
export const MAX_STRING_LENGTH = 1024;
const MAX_REFERENCE_LENGTH = 2048;
const MAX_BINARY_LENGTH = 16384;

// PostgreSQL text and jsonb reject NUL and unpaired surrogates; refusing them here keeps that a 400, not a 500.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// xsd:dateTime (RFC 7643 §2.3.5).
const DATE_TIME =
  /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
// base64 of RFC 4648 §4, as RFC 7643 §2.3.6 requires for binary.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export type ScalarValue = string | number | boolean;

/** Validates a simple (non-complex) value; undefined means "unassigned" (an empty enforced canonical value). */
export function validateScalarValue(
  definition: ScimAttributeDefinition,
  value: unknown,
  path: string,
): ScalarValue | undefined {
  switch (definition.type) {
    case 'boolean':
      return validateBoolean(value, path);
    case 'integer':
      if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
      throw typeError(path, 'an integer');
    case 'decimal':
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      throw typeError(path, 'a number');
    case 'dateTime':
      return validateFormatted(
        definition,
        value,
        path,
        DATE_TIME,
        'an xsd:dateTime string (RFC 7643 §2.3.5)',
      );
    case 'binary':
      return validateFormatted(definition, value, path, BASE64, 'a base64 string (RFC 7643 §2.3.6)');
    case 'reference':
      return validateString(definition, value, path);
    case 'string':
      return validateCanonical(definition, validateString(definition, value, path), path);
    case 'complex':
      throw typeError(path, 'a complex value');
  }
}

/** Booleans also as "True"/"False" in any case: Entra's default dialect sends them as strings (idp-behaviour §1). */
function validateBoolean(value: unknown, path: string): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const lower = value.toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
  }
  throw typeError(path, 'a boolean');
}

function validateString(definition: ScimAttributeDefinition, value: unknown, path: string): string {
  if (typeof value !== 'string') throw typeError(path, 'a string');
  const maxLength = definition.maxLength ?? defaultMaxLength(definition);
  if (value.length > maxLength) {
    throw ScimError.invalidValue(`Attribute '${path}' must be at most ${maxLength} characters long`);
  }
  if (UNSTORABLE.test(value)) {
    throw ScimError.invalidValue(`Attribute '${path}' contains a NUL character or an unpaired surrogate`);
  }
  return value;
}

function defaultMaxLength(definition: ScimAttributeDefinition): number {
  if (definition.type === 'reference') return MAX_REFERENCE_LENGTH;
  if (definition.type === 'binary') return MAX_BINARY_LENGTH;
  return MAX_STRING_LENGTH;
}

function validateFormatted(
  definition: ScimAttributeDefinition,
  value: unknown,
  path: string,
  format: RegExp,
  expected: string,
): string {
  const text = validateString(definition, value, path);
  if (!format.test(text)) throw typeError(path, expected);
  return text;
}

/**
 * Closed value sets (enforceCanonicalValues) match without case unless caseExact and return the canonical
 * spelling; a blank value counts as unassigned, as the vendor page defaults an unmapped role.
 */
function validateCanonical(
  definition: ScimAttributeDefinition,
  value: string,
  path: string,
): string | undefined {
  const allowed = definition.canonicalValues;
  if (!definition.enforceCanonicalValues || allowed === undefined) return value;
  const wanted = value.trim();
  if (wanted === '') return undefined;
  const match = allowed.find((candidate) =>
    definition.caseExact ? candidate === wanted : candidate.toLowerCase() === wanted.toLowerCase(),
  );
  if (match === undefined) {
    throw ScimError.invalidValue(`Attribute '${path}' must be one of ${allowed.join(', ')}`);
  }
  return match;
}

export function typeError(path: string, expected: string): ScimError {
  return ScimError.invalidValue(`Attribute '${path}' must be ${expected}`);
}
