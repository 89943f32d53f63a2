/**
 * Typed AST of the SCIM filter grammar (RFC 7644 §3.4.2.2, Figure 1). Parentheses are grouping only and leave no
 * node; attribute names keep the letter case the client wrote, because normalisation against the schema
 * (RFC 7643 §2.1: names are case-insensitive) is the consumer's job. Operators are stored in lower case.
 */

/** `attrPath = [URI ":"] ATTRNAME *1subAttr`. The URI ends at the last ':' of the path (schema URNs contain dots). */
export interface AttrPath {
  readonly uri?: string;
  readonly name: string;
  readonly subAttr?: string;
}

export const COMPARE_OPS = ['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le'] as const;

export type CompareOp = (typeof COMPARE_OPS)[number];

/** `compValue = false / null / true / number / string` (JSON, RFC 7159). */
export type CompValue = string | number | boolean | null;

export interface CompareFilter {
  readonly kind: 'compare';
  readonly path: AttrPath;
  readonly op: CompareOp;
  readonly value: CompValue;
}

export interface PresentFilter {
  readonly kind: 'present';
  readonly path: AttrPath;
}

export interface LogicalFilter {
  readonly kind: 'and' | 'or';
  readonly left: ScimFilter;
  readonly right: ScimFilter;
}

export interface NotFilter {
  readonly kind: 'not';
  readonly filter: ScimFilter;
}

/** `valuePath = attrPath "[" valFilter "]"`: the inner filter addresses sub-attributes of each value of `path`. */
export interface ValuePathFilter {
  readonly kind: 'valuePath';
  readonly path: AttrPath;
  readonly filter: ScimFilter;
}

export type ScimFilter = CompareFilter | PresentFilter | LogicalFilter | NotFilter | ValuePathFilter;

/**
 * RFC 7644 §3.5.2 `PATH = attrPath / valuePath [subAttr]`.
 * A path that addresses a whole extension object (e.g. `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User`)
 * is represented as `{ path: { uri: <the URN>, name: '' } }`; test for it with `isWholeExtensionPath`.
 */
export interface ScimPatchPath {
  readonly path: AttrPath;
  readonly filter?: ScimFilter;
  readonly subAttr?: string;
}

export function isWholeExtensionPath(patchPath: ScimPatchPath): boolean {
  return patchPath.path.name === '' && patchPath.path.uri !== undefined;
}
