import { isJsonObject, ScimError, type ScimPatchOperation } from '@app/scim-core';
import { removeAttribute, writeAttribute } from './attribute.patch';
import { cloneDocument, type JsonObject, type PatchDocument } from './patch-document';
import { parsePatchOperations } from './patch-request.parser';
import { resolvePatchTarget, type ExtensionTarget } from './patch-target.resolver';

type Operation = ScimPatchOperation['op'];

/**
 * Applies PATCH operations (RFC 7644 §3.5.2) to a User document and returns a new document; the input is never
 * mutated. `operations` is the request's `Operations` as received (or as parsePatchRequest returned it) and is
 * validated here. All operations apply or none does: the first failure throws a ScimError (400) naming the
 * operation. The result is not type-checked: the caller validates it against the schema definitions.
 */
export function applyPatchOperations(document: PatchDocument, operations: unknown): PatchDocument {
  const parsed = parsePatchOperations(operations);
  const root = cloneDocument(document);
  parsed.forEach((operation, index) => applyNamingFailures(root, operation, index + 1));
  return root;
}

/** Prefixes the error with the operation's position, which is what an IdP's provisioning log can show. */
function applyNamingFailures(root: JsonObject, operation: ScimPatchOperation, position: number): void {
  try {
    applyOperation(root, operation);
  } catch (error) {
    if (!(error instanceof ScimError)) throw error;
    throw new ScimError(
      error.status,
      error.scimType,
      `PATCH operation ${position} (${operation.op}): ${error.detail}`,
    );
  }
}

function applyOperation(root: JsonObject, { op, path, value }: ScimPatchOperation): void {
  if (path !== undefined) {
    applyAtPath(root, op, path, value);
  } else if (op === 'remove') {
    throw ScimError.noTarget("'remove' requires a 'path' (RFC 7644 §3.5.2.2)");
  } else {
    applyEachKey(root, op, value, '');
  }
}

function applyAtPath(root: JsonObject, op: Operation, path: string, value: unknown): void {
  const target = resolvePatchTarget(path);
  if (target.kind === 'extension') {
    applyToExtension(root, op, target, value);
  } else if (op === 'remove') {
    removeAttribute(root, target, value);
  } else {
    writeAttribute(root, target, value, op);
  }
}

/**
 * Without a path, the value "contains a set of attributes" (RFC 7644 §3.5.2.1, §3.5.2.3), and each key is applied
 * as a path of its own. Entra's `aadOptscim062020` dialect writes those keys as paths: `name.givenName`,
 * `urn:…:enterprise:2.0:User:employeeNumber` (idp-behaviour §1); other libraries silently dropped them (§3.1).
 * Inside a whole extension object, `prefix` is its URN, so `{ "department": … }` means `urn:…:department`.
 */
function applyEachKey(
  root: JsonObject,
  op: Exclude<Operation, 'remove'>,
  value: unknown,
  prefix: string,
): void {
  if (!isJsonObject(value)) {
    const where = prefix === '' ? "without a 'path'" : `of '${prefix.slice(0, -1)}'`;
    throw ScimError.invalidValue(`The value of '${op}' ${where} must be an object of attributes`);
  }
  for (const [key, item] of Object.entries(value)) applyAtPath(root, op, `${prefix}${key}`, item);
}

/**
 * A whole extension object behaves like a complex attribute: add and replace merge its attributes (RFC 7644
 * §3.5.2.3), remove deletes it, and replacing it with null unassigns it (RFC 7643 §2.5).
 */
function applyToExtension(root: JsonObject, op: Operation, target: ExtensionTarget, value: unknown): void {
  if (op === 'remove' || (op === 'replace' && value === null)) {
    delete root[target.schemaUrn];
  } else if (value !== null) {
    applyEachKey(root, op, value, `${target.schemaUrn}:`);
  }
}
