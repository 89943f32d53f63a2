import fc from 'fast-check';
import {
  type AttrPath,
  COMPARE_OPS,
  type CompValue,
  type ScimFilter,
  type ScimPatchPath,
} from '../src/filter.ast';
import { MAX_FILTER_NODES } from '../src/filter.limits';

/** fast-check makes null-prototype objects by default; the parser returns plain ones and toStrictEqual notices. */
const PLAIN = { noNullPrototype: true } as const;

/** Names the grammar allows, including ones that collide with keywords (`not`, `and`, `pr`, `eq`, `true`). */
export const attrName = fc.oneof(
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,8}$/),
  fc.constantFrom('not', 'NOT', 'and', 'or', 'pr', 'eq', 'true', 'null', 'userName', 'value', 'type'),
);

export const schemaUris = [
  'urn:ietf:params:scim:schemas:core:2.0:User',
  'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
  'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User',
  'urn:example:x.y:1.0',
  'https://example.com/scim/v2/Schema',
];
export const schemaUri = fc.constantFrom(...schemaUris);

export const attrPath: fc.Arbitrary<AttrPath> = fc.record(
  { uri: schemaUri, name: attrName, subAttr: attrName },
  { ...PLAIN, requiredKeys: ['name'] },
);

export const compValue: fc.Arbitrary<CompValue> = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);

const leaf: fc.Arbitrary<ScimFilter> = fc.oneof(
  fc.record(
    {
      kind: fc.constant('compare' as const),
      path: attrPath,
      op: fc.constantFrom(...COMPARE_OPS),
      value: compValue,
    },
    PLAIN,
  ),
  fc.record({ kind: fc.constant('present' as const), path: attrPath }, PLAIN),
);

const trees = fc.letrec<{ filter: ScimFilter; valFilter: ScimFilter }>((tie) => ({
  filter: fc.oneof(
    { depthSize: 'small', maxDepth: 6 },
    leaf,
    fc.record(
      {
        kind: fc.constantFrom('and' as const, 'or' as const),
        left: tie('filter'),
        right: tie('filter'),
      },
      PLAIN,
    ),
    fc.record({ kind: fc.constant('not' as const), filter: tie('filter') }, PLAIN),
    fc.record({ kind: fc.constant('valuePath' as const), path: attrPath, filter: tie('valFilter') }, PLAIN),
  ),
  // valFilter (RFC 7644 §3.4.2.2) has no nested value path.
  valFilter: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    leaf,
    fc.record(
      {
        kind: fc.constantFrom('and' as const, 'or' as const),
        left: tie('valFilter'),
        right: tie('valFilter'),
      },
      PLAIN,
    ),
    fc.record({ kind: fc.constant('not' as const), filter: tie('valFilter') }, PLAIN),
  ),
}));

export function countNodes(filter: ScimFilter): number {
  switch (filter.kind) {
    case 'compare':
    case 'present':
      return 1;
    case 'not':
    case 'valuePath':
      return 1 + countNodes(filter.filter);
    case 'and':
    case 'or':
      return 1 + countNodes(filter.left) + countNodes(filter.right);
  }
}

export const scimFilter: fc.Arbitrary<ScimFilter> = trees.filter.filter(
  (filter) => countNodes(filter) <= MAX_FILTER_NODES,
);
export const valFilter: fc.Arbitrary<ScimFilter> = trees.valFilter;

/** Patch paths whose URIs are all in `schemaUris`, including whole-extension paths (`name: ''`). */
export const patchPath: fc.Arbitrary<ScimPatchPath> = fc.oneof(
  fc.record({ path: attrPath }, PLAIN),
  fc.record({ path: fc.record({ uri: schemaUri, name: fc.constant('') }, PLAIN) }, PLAIN),
  fc.record(
    { path: attrPath, filter: valFilter, subAttr: attrName },
    { ...PLAIN, requiredKeys: ['path', 'filter'] },
  ),
);
