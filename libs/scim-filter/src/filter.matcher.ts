import { ScimError } from '@app/scim-core';
import { type AttrPath, type CompareFilter, type CompareOp, type ScimFilter } from './filter.ast';
import { printAttrPath } from './filter.printer';

export interface MatchOptions {
  /**
   * Whether string comparisons on `path` respect case (the schema's `caseExact`, RFC 7643 §2.2); default false.
   * Inside a value path the path is qualified by its parent: `emails[type eq "work"]` asks about `emails.type`.
   */
  caseExact?(path: AttrPath): boolean;
}

interface Scope {
  readonly caseExact: (path: AttrPath) => boolean;
  readonly parent?: AttrPath;
}

type JsonObject = Readonly<Record<string, unknown>>;

/** Core attributes sit at the top level; extension attributes under their schema URN (RFC 7643 §3, §3.3). */
const CORE_SCHEMA_PREFIX = 'urn:ietf:params:scim:schemas:core:';
const ORDERING_OPS: ReadonlySet<CompareOp> = new Set(['gt', 'ge', 'lt', 'le']);

/**
 * Evaluates a filter against a plain JSON value in memory (RFC 7644 §3.4.2.2), e.g. one `emails` entry for a
 * PATCH value path. Attribute names match case-insensitively (RFC 7643 §2.1); a multi-valued attribute matches when
 * any of its values does; a missing attribute matches no comparison, so only `not` can turn it into a match.
 * Throws `invalidFilter` for `gt`/`ge`/`lt`/`le` against true, false or null, which RFC 7644 §3.4.2.2 forbids.
 */
export function matchesFilter(filter: ScimFilter, resource: unknown, options: MatchOptions = {}): boolean {
  const caseExact = options.caseExact?.bind(options) ?? (() => false);
  return evaluate(filter, resource, { caseExact });
}

function evaluate(filter: ScimFilter, resource: unknown, scope: Scope): boolean {
  switch (filter.kind) {
    case 'and':
      return evaluate(filter.left, resource, scope) && evaluate(filter.right, resource, scope);
    case 'or':
      return evaluate(filter.left, resource, scope) || evaluate(filter.right, resource, scope);
    case 'not':
      return !evaluate(filter.filter, resource, scope);
    case 'present':
      return valuesAt(resource, filter.path).some(isPresent);
    case 'compare':
      return evaluateCompare(filter, resource, scope);
    case 'valuePath': {
      const inner: Scope = { caseExact: scope.caseExact, parent: filter.path };
      return valuesAt(resource, filter.path).some(
        (entry) => isObject(entry) && evaluate(filter.filter, entry, inner),
      );
    }
  }
}

function evaluateCompare(filter: CompareFilter, resource: unknown, scope: Scope): boolean {
  const { op, value: expected } = filter;
  if (ORDERING_OPS.has(op) && (typeof expected === 'boolean' || expected === null)) {
    throw ScimError.invalidFilter(
      `"${op}" cannot compare ${printAttrPath(filter.path)} with ${String(expected)}`,
    );
  }
  // A complex value without a sub-attribute compares through its "value" sub-attribute, which is how the RFC's
  // own example `emails co "example.com"` reads (RFC 7643 §2.4).
  const actual = valuesAt(resource, filter.path)
    .map((entry) => (isObject(entry) ? attribute(entry, 'value') : entry))
    .filter((entry) => entry !== null && entry !== undefined);
  if (expected === null) {
    // null and unassigned are the same state (RFC 7643 §2.5): `eq null` means "has no value".
    return op === 'eq' ? actual.length === 0 : op === 'ne' && actual.length > 0;
  }
  const exact = scope.caseExact(qualify(scope.parent, filter.path));
  return actual.some((entry) => compareValue(entry, op, expected, exact));
}

function compareValue(
  actual: unknown,
  op: CompareOp,
  expected: string | number | boolean,
  exact: boolean,
): boolean {
  if (typeof actual === 'string' && typeof expected === 'string') {
    return exact
      ? compareStrings(actual, op, expected)
      : compareStrings(actual.toLowerCase(), op, expected.toLowerCase());
  }
  if (typeof actual === 'number' && typeof expected === 'number') {
    return op === 'co' || op === 'sw' || op === 'ew' ? false : compareOrdered(actual, op, expected);
  }
  if (typeof actual === 'boolean' && typeof expected === 'boolean') {
    return op === 'eq' ? actual === expected : op === 'ne' && actual !== expected;
  }
  // Values of different JSON types are never equal.
  return op === 'ne';
}

function compareStrings(actual: string, op: CompareOp, expected: string): boolean {
  switch (op) {
    case 'co':
      return actual.includes(expected);
    case 'sw':
      return actual.startsWith(expected);
    case 'ew':
      return actual.endsWith(expected);
    case 'eq':
    case 'ne':
    case 'gt':
    case 'ge':
    case 'lt':
    case 'le':
      // Lexicographic, which also orders ISO 8601 dateTime strings of the same form (RFC 7644 §3.4.2.2).
      return compareOrdered(actual, op, expected);
  }
}

function compareOrdered<T extends string | number>(
  actual: T,
  op: Exclude<CompareOp, 'co' | 'sw' | 'ew'>,
  expected: T,
): boolean {
  switch (op) {
    case 'eq':
      return actual === expected;
    case 'ne':
      return actual !== expected;
    case 'gt':
      return actual > expected;
    case 'ge':
      return actual >= expected;
    case 'lt':
      return actual < expected;
    case 'le':
      return actual <= expected;
  }
}

/** All values at `path`, with multi-valued attributes flattened; missing and null give no values. */
function valuesAt(resource: unknown, path: AttrPath): unknown[] {
  const base = path.uri === undefined ? resource : schemaBase(resource, path.uri);
  const values = asList(attribute(base, path.name));
  const { subAttr } = path;
  return subAttr === undefined ? values : values.flatMap((value) => asList(attribute(value, subAttr)));
}

/** An extension's attributes live under its URN; a core schema URN qualifies a top-level attribute. */
function schemaBase(resource: unknown, uri: string): unknown {
  const extension = attribute(resource, uri);
  if (extension !== undefined) return extension;
  return uri.toLowerCase().startsWith(CORE_SCHEMA_PREFIX) ? resource : undefined;
}

/** Case-insensitive own-property lookup (RFC 7643 §2.1). */
function attribute(value: unknown, name: string): unknown {
  if (!isObject(value)) return undefined;
  const lower = name.toLowerCase();
  const key = Object.keys(value).find((candidate) => candidate.toLowerCase() === lower);
  return key === undefined ? undefined : value[key];
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? (value as unknown[]) : [value];
}

/** `pr`: has a non-empty value (RFC 7644 §3.4.2.2); null, "", [] and {} count as unassigned (RFC 7643 §2.5). */
function isPresent(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return false;
  if (Array.isArray(value)) return value.some((entry) => entry !== null && entry !== '');
  if (isObject(value)) return Object.values(value).some((entry) => entry !== null && entry !== '');
  return true;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `type` inside `emails[...]` is the attribute `emails.type` for the caseExact question. */
function qualify(parent: AttrPath | undefined, path: AttrPath): AttrPath {
  if (
    parent === undefined ||
    parent.subAttr !== undefined ||
    path.uri !== undefined ||
    path.subAttr !== undefined
  ) {
    return path;
  }
  return { ...(parent.uri === undefined ? {} : { uri: parent.uri }), name: parent.name, subAttr: path.name };
}
