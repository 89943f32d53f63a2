import { ScimError } from '@app/scim-core';
import { type AttrPath, type CompareOp, type CompValue, type ScimFilter } from '../src/filter.ast';

/** Terse AST constructors for expected values in specs. */
export const path = (name: string, subAttr?: string, uri?: string): AttrPath => ({
  ...(uri === undefined ? {} : { uri }),
  name,
  ...(subAttr === undefined ? {} : { subAttr }),
});
export const cmp = (attr: AttrPath, op: CompareOp, value: CompValue): ScimFilter => ({
  kind: 'compare',
  path: attr,
  op,
  value,
});
export const pr = (attr: AttrPath): ScimFilter => ({ kind: 'present', path: attr });
export const and = (left: ScimFilter, right: ScimFilter): ScimFilter => ({ kind: 'and', left, right });
export const or = (left: ScimFilter, right: ScimFilter): ScimFilter => ({ kind: 'or', left, right });
export const not = (filter: ScimFilter): ScimFilter => ({ kind: 'not', filter });
export const vp = (attr: AttrPath, filter: ScimFilter): ScimFilter => ({
  kind: 'valuePath',
  path: attr,
  filter,
});

/** Runs `action` and returns what it threw, so a spec can assert on every ScimError field. */
export function thrownBy(action: () => unknown): ScimError {
  try {
    action();
  } catch (error) {
    if (error instanceof ScimError) return error;
    throw error;
  }
  throw new Error('Expected a ScimError to be thrown, but nothing was thrown');
}
