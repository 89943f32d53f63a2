import { ScimError } from '@app/scim-core';
import {
  type AttrPath,
  type CompValue,
  type LogicalFilter,
  type ScimFilter,
  type ScimPatchPath,
} from './filter.ast';

/**
 * Prints the canonical text of a filter: lower-case operators, single spaces, JSON string values and only the
 * parentheses the precedence rules need, so that `parseFilter(printFilter(ast))` equals `ast` (round trip).
 */
export function printFilter(filter: ScimFilter): string {
  switch (filter.kind) {
    case 'compare':
      return `${printAttrPath(filter.path)} ${filter.op} ${printCompValue(filter.value)}`;
    case 'present':
      return `${printAttrPath(filter.path)} pr`;
    case 'not':
      return `not (${printFilter(filter.filter)})`;
    case 'valuePath':
      return `${printAttrPath(filter.path)}[${printFilter(filter.filter)}]`;
    case 'and':
    case 'or':
      return printLogical(filter);
  }
}

/**
 * `and` binds tighter than `or` and both associate to the left (RFC 7644 §3.4.2.2, grouping operators), so a left operand
 * needs parentheses only for `or` under `and`, and a right operand whenever it is `or`, or the same operator.
 */
function printLogical(filter: LogicalFilter): string {
  const wrapLeft = filter.kind === 'and' && filter.left.kind === 'or';
  const wrapRight = filter.right.kind === 'or' || filter.right.kind === filter.kind;
  const left = wrap(printFilter(filter.left), wrapLeft);
  const right = wrap(printFilter(filter.right), wrapRight);
  return `${left} ${filter.kind} ${right}`;
}

function wrap(text: string, parenthesise: boolean): string {
  return parenthesise ? `(${text})` : text;
}

export function printAttrPath(path: AttrPath): string {
  const uri = path.uri === undefined ? '' : `${path.uri}:`;
  const subAttr = path.subAttr === undefined ? '' : `.${path.subAttr}`;
  return `${uri}${path.name}${subAttr}`;
}

function printCompValue(value: CompValue): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value !== 'number') return String(value);
  if (!Number.isFinite(value)) {
    throw ScimError.invalidFilter(`Cannot print the number ${value}: filter values are JSON numbers`);
  }
  // JSON.stringify(-0) is "0"; "-0" keeps the sign through a round trip.
  return Object.is(value, -0) ? '-0' : String(value);
}

/** Canonical text of a PATCH path (RFC 7644 §3.5.2); a whole-extension path prints as its bare URN. */
export function printPatchPath(patchPath: ScimPatchPath): string {
  const { path, filter, subAttr } = patchPath;
  const base = path.name === '' && path.uri !== undefined ? path.uri : printAttrPath(path);
  const bracket = filter === undefined ? '' : `[${printFilter(filter)}]`;
  return `${base}${bracket}${subAttr === undefined ? '' : `.${subAttr}`}`;
}
