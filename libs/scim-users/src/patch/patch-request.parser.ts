import {
  isJsonObject,
  PATCH_OP_SCHEMA,
  ScimError,
  type ScimPatchOperation,
  type ScimPatchOperationType,
} from '@app/scim-core';
import { describePath } from './patch-document';

/** Upper bound on operations in one PATCH: far above any IdP's request, low enough to stop a flood. */
export const MAX_PATCH_OPERATIONS = 1000;

const OPERATION_TYPES: ReadonlyMap<string, ScimPatchOperationType> = new Map([
  ['add', 'add'],
  ['remove', 'remove'],
  ['replace', 'replace'],
]);

type JsonMessage = Readonly<Record<string, unknown>>;

/**
 * Validates a PATCH request body (RFC 7644 §3.5.2) and returns its operations with `op` in lower case.
 * `schemas` may be missing (some clients omit it; Entra always sends it), but when present it must name the
 * PatchOp message, so that a resource body sent to PATCH by mistake is refused rather than misread.
 */
export function parsePatchRequest(body: unknown): ScimPatchOperation[] {
  if (!isJsonObject(body)) {
    throw ScimError.invalidSyntax('The PATCH request body must be a JSON object (RFC 7644 §3.5.2)');
  }
  const schemas = member(body, 'schemas', 'PATCH request');
  if (schemas !== undefined && !namesPatchOp(schemas)) {
    throw ScimError.invalidSyntax(
      `The PATCH request 'schemas' must be an array containing "${PATCH_OP_SCHEMA}"`,
    );
  }
  return parsePatchOperations(member(body, 'Operations', 'PATCH request'));
}

/** Validates the `Operations` array of a PATCH request: 1 to MAX_PATCH_OPERATIONS objects, each with an `op`. */
export function parsePatchOperations(operations: unknown): ScimPatchOperation[] {
  if (operations === undefined) {
    throw ScimError.invalidSyntax("The PATCH request has no 'Operations' (RFC 7644 §3.5.2)");
  }
  if (!Array.isArray(operations)) {
    throw ScimError.invalidSyntax("The PATCH request 'Operations' must be an array");
  }
  if (operations.length === 0) {
    throw ScimError.invalidValue("The PATCH request 'Operations' must contain at least one operation");
  }
  if (operations.length > MAX_PATCH_OPERATIONS) {
    throw ScimError.invalidValue(
      `The PATCH request has ${operations.length} operations; the maximum is ${MAX_PATCH_OPERATIONS}`,
    );
  }
  return operations.map((operation: unknown, index) => parseOperation(operation, index + 1));
}

function parseOperation(operation: unknown, position: number): ScimPatchOperation {
  const where = `PATCH operation ${position}`;
  if (!isJsonObject(operation)) throw ScimError.invalidSyntax(`${where} must be a JSON object`);
  const op = parseOperationType(member(operation, 'op', where), where);
  const path = parsePathMember(member(operation, 'path', where), where);
  const value = member(operation, 'value', where);
  if (op !== 'remove' && value === undefined) {
    throw ScimError.invalidValue(`${where} ('${op}') requires a 'value' (RFC 7644 §3.5.2.1, §3.5.2.3)`);
  }
  return {
    op,
    ...(path === undefined ? {} : { path }),
    ...(value === undefined ? {} : { value }),
  };
}

/** Entra's default dialect capitalises operations (`Replace`), so the name is matched without case. */
function parseOperationType(op: unknown, where: string): ScimPatchOperationType {
  if (op === undefined) throw ScimError.invalidSyntax(`${where} has no 'op'`);
  const type = typeof op === 'string' ? OPERATION_TYPES.get(op.toLowerCase()) : undefined;
  if (type === undefined) {
    const shown = typeof op === 'string' ? `"${describePath(op)}"` : `a ${typeof op}`;
    throw ScimError.invalidSyntax(`${where} has an unknown 'op' ${shown}; expected add, remove or replace`);
  }
  return type;
}

/** An empty path is treated as no path: it addresses nothing, and some clients send "" for "the resource". */
function parsePathMember(path: unknown, where: string): string | undefined {
  if (path === undefined || path === null) return undefined;
  if (typeof path !== 'string') throw ScimError.invalidPath(`${where} has a 'path' that is not a string`);
  return path.trim() === '' ? undefined : path;
}

function namesPatchOp(schemas: unknown): boolean {
  const wanted = PATCH_OP_SCHEMA.toLowerCase();
  return (
    Array.isArray(schemas) && schemas.some((uri) => typeof uri === 'string' && uri.toLowerCase() === wanted)
  );
}

/**
 * Reads a message member by name in any letter case: names are case-insensitive (RFC 7643 §2.1) and Microsoft
 * asks servers not to match structural elements case-sensitively (idp-behaviour §1). Two spellings of one
 * member are refused rather than one silently winning.
 */
function member(message: JsonMessage, name: string, where: string): unknown {
  const lower = name.toLowerCase();
  const keys = Object.keys(message).filter((key) => key.toLowerCase() === lower);
  if (keys.length > 1) throw ScimError.invalidSyntax(`${where} has '${name}' more than once`);
  return keys.length === 1 ? message[keys[0]] : undefined;
}
