import { ScimError } from '@app/scim-core';
import fc from 'fast-check';
import { patchPath, schemaUris, scimFilter } from '../test/filter.arbitraries';
import { matchesFilter } from './filter.matcher';
import { parseFilter } from './filter.parser';
import { printFilter, printPatchPath } from './filter.printer';
import { parsePatchPath } from './patch-path.parser';

const VALID_FILTERS = [
  'userName eq "bjensen"',
  'title pr and userType eq "Employee"',
  'userType ne "Employee" and not (emails co "example.com" or emails.value co "example.org")',
  'emails[type eq "work" and value co "@example.com"] or ims[type eq "xmpp" and value co "@foo.com"]',
  'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq "x\\u00e9\\"y"',
  'meta.lastModified gt "2011-05-13T04:42:34Z" or age le -1.5e3 or active eq true or x eq null',
];

/** Characters that matter to the grammar, so mutations reach deep into the parser instead of failing at once. */
const MUTATION_CHARS = Array.from('()[]"\\ .:aeq0-u\n\u0000');

interface Mutation {
  readonly kind: 'delete' | 'insert' | 'replace' | 'duplicate';
  readonly at: number;
  readonly char: string;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'replace', 'duplicate'),
  at: fc.nat(),
  char: fc.constantFrom(...MUTATION_CHARS),
});

function mutate(text: string, mutations: readonly Mutation[]): string {
  return mutations.reduce((current, { kind, at, char }) => {
    const i = current.length === 0 ? 0 : at % current.length;
    if (kind === 'delete') return current.slice(0, i) + current.slice(i + 1);
    if (kind === 'insert') return current.slice(0, i) + char + current.slice(i);
    if (kind === 'replace') return current.slice(0, i) + char + current.slice(i + 1);
    return current.slice(0, i) + current.slice(i, i + 8) + current.slice(i);
  }, text);
}

/** Whole grammar fragments, so random sequences are often valid or fail deep inside the parser. */
const FRAGMENTS = [
  'userName eq "x"',
  'title pr',
  'and',
  'or',
  'not (',
  '(',
  ')',
  'emails[',
  ']',
  'type eq 1',
  'NOT',
  'EQ',
];
const fragmentSoup = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 })
  .map((parts) => parts.join(' '));

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fragmentSoup,
  fc
    .tuple(fc.constantFrom(...VALID_FILTERS), fc.array(mutation, { minLength: 1, maxLength: 5 }))
    .map(([text, edits]) => mutate(text, edits)),
);

/** Returns true when `text` parses, or fails with a 400 invalidFilter; anything else (TypeError, RangeError) is a bug. */
function parsesOrFailsCleanly(text: string): boolean {
  try {
    const ast = parseFilter(text);
    expect(parseFilter(printFilter(ast))).toStrictEqual(ast);
    return true;
  } catch (error) {
    return error instanceof ScimError && error.status === 400 && error.scimType === 'invalidFilter';
  }
}

describe(`${parseFilter.name} and ${printFilter.name} properties`, () => {
  it('should round-trip every AST through print and parse', () => {
    fc.assert(
      fc.property(scimFilter, (ast) => {
        expect(parseFilter(printFilter(ast))).toStrictEqual(ast);
      }),
      { numRuns: 500 },
    );
  });

  it('should either parse arbitrary text or throw a 400 invalidFilter ScimError', () => {
    fc.assert(fc.property(anyText, parsesOrFailsCleanly), { numRuns: 2000 });
  });

  it('should parse the unmutated seed filters, so the mutation property starts from valid input', () => {
    for (const text of VALID_FILTERS) expect(() => parseFilter(text)).not.toThrow();
  });
});

describe(`${parsePatchPath.name} and ${printPatchPath.name} properties`, () => {
  it('should round-trip every patch path through print and parse', () => {
    fc.assert(
      fc.property(patchPath, (value) => {
        expect(parsePatchPath(printPatchPath(value), { schemaUris })).toStrictEqual(value);
      }),
      { numRuns: 300 },
    );
  });

  it('should either parse arbitrary text or throw a 400 invalidPath ScimError', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        try {
          parsePatchPath(text);
          return true;
        } catch (error) {
          return error instanceof ScimError && error.status === 400 && error.scimType === 'invalidPath';
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe(`${matchesFilter.name} properties`, () => {
  /** Resources whose keys collide with generated attribute names, so evaluation reaches real values. */
  const resource = fc.oneof(
    fc.jsonValue(),
    fc.dictionary(
      fc.constantFrom('a', 'A', 'not', 'userName', 'value', 'type', 'and'),
      fc.jsonValue({ maxDepth: 3 }),
    ),
  );

  it('should return a boolean or throw a 400 invalidFilter ScimError for any filter and JSON value', () => {
    fc.assert(
      fc.property(scimFilter, resource, (filter, value) => {
        try {
          return typeof matchesFilter(filter, value) === 'boolean';
        } catch (error) {
          return error instanceof ScimError && error.scimType === 'invalidFilter';
        }
      }),
      { numRuns: 500 },
    );
  });
});
