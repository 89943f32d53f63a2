import { CORE_USER_SCHEMA, isJsonObject } from '@app/scim-core';

/**
 * A User in its wire shape under canonical names, without `id`, `meta` and `schemas` (the caller strips and
 * re-adds them). Values are `unknown` on purpose: the engine returns what the operations asked for, and the caller
 * re-validates the result against the schema definitions.
 */
export type PatchDocument = Readonly<Record<string, unknown>>;

/** The engine's private, mutable copy of a document or of one of its complex values. */
export type JsonObject = Record<string, unknown>;

/**
 * A deep copy, so the caller's document is never mutated and a failing operation leaves nothing half-applied:
 * RFC 7644 §3.5.2 makes a PATCH request atomic.
 */
export function cloneDocument(document: PatchDocument): JsonObject {
  return structuredClone({ ...document });
}

/**
 * The object holding a schema's attributes: the document itself for the core schema, the object under the
 * extension URN otherwise (RFC 7643 §3). With `create`, a missing extension object is added.
 */
export function containerOf(root: JsonObject, schemaUrn: string, create: true): JsonObject;
export function containerOf(root: JsonObject, schemaUrn: string, create: boolean): JsonObject | undefined;
export function containerOf(root: JsonObject, schemaUrn: string, create: boolean): JsonObject | undefined {
  if (schemaUrn === CORE_USER_SCHEMA) return root;
  const existing = root[schemaUrn];
  if (isMutableObject(existing)) return existing;
  if (!create) return undefined;
  const created: JsonObject = {};
  root[schemaUrn] = created;
  return created;
}

/** An extension left without attributes is unassigned (RFC 7643 §2.5), so its key goes too. */
export function pruneContainer(root: JsonObject, schemaUrn: string): void {
  if (schemaUrn === CORE_USER_SCHEMA) return;
  const container = root[schemaUrn];
  if (isMutableObject(container) && Object.keys(container).length === 0) delete root[schemaUrn];
}

/** Narrows a value of the engine's own copy; every object in it is a plain object. */
export function isMutableObject(value: unknown): value is JsonObject {
  return isJsonObject(value);
}

/** Structural JSON equality, key order ignored: "already contains the value" in RFC 7644 §3.5.2.1. */
export function jsonEqual(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (Array.isArray(left) || Array.isArray(right)) {
    return (
      Array.isArray(left) &&
      Array.isArray(right) &&
      left.length === right.length &&
      left.every((item, index) => jsonEqual(item, right[index]))
    );
  }
  if (!isMutableObject(left) || !isMutableObject(right)) return false;
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length &&
    keys.every((key) => Object.hasOwn(right, key) && jsonEqual(left[key], right[key]))
  );
}

/** Shortens a client-supplied path or name before it is echoed in an error detail. */
export function describePath(path: string): string {
  return path.length <= 80 ? path : `${path.slice(0, 80)}…`;
}
