import { thrownBy } from '../test/filter.builders';
import { MAX_FILTER_DEPTH, MAX_FILTER_LENGTH, MAX_FILTER_NODES } from './filter.limits';
import { parseFilter } from './filter.parser';

const OR_CHAIN = (presents: number): string => Array.from({ length: presents }, () => 'a pr').join(' or ');

describe(`${parseFilter.name} errors`, () => {
  const sut = parseFilter;

  it.each<[string, string]>([
    ['', 'Expected an attribute path at position 0, found end of filter'],
    ['   ', 'Expected an attribute path at position 3, found end of filter'],
    ['userName eqq "x"', 'Expected a comparison operator at position 9, found "eqq"'],
    ['userName', 'Expected a comparison operator at position 8, found end of filter'],
    ['userName "x"', 'Expected a comparison operator at position 9, found "\\"x\\""'],
    [
      'userName eq',
      'Expected a value (a JSON string, number, true, false or null) at position 11, found end of filter',
    ],
    ["userName eq 'x'", 'at position 12, found "\'x\'"; strings must be in double quotes'],
    ['userName eq bjensen', 'Expected a value (a JSON string, number, true, false or null) at position 12'],
    ['age gt 01', 'Expected a value (a JSON string, number, true, false or null) at position 7, found "01"'],
    ['age gt +1', 'Expected a value (a JSON string, number, true, false or null) at position 7, found "+1"'],
    ['age gt 1.', 'at position 7, found "1."'],
    ['age gt 1e999', 'Number "1e999" at position 7 is out of range'],
    ['userName eq "x', 'Unterminated string starting at position 12'],
    ['userName eq "a\\qb"', 'Invalid escape "\\q" in string at position 14'],
    ['userName eq "\\u12G4"', 'Invalid unicode escape at position 13'],
    ['userName eq "a\nb"', 'Unescaped control character in string at position 14'],
    ['userName eq "x" and', 'Expected an attribute path at position 19, found end of filter'],
    ['userName eq "x" xor title pr', 'Expected "and", "or" or end of filter at position 16, found "xor"'],
    ['userName eq "x")', 'Expected "and", "or" or end of filter at position 15, found ")"'],
    ['title pr pr', 'Expected "and", "or" or end of filter at position 9, found "pr"'],
    [
      '(userName eq "x"',
      'Expected "and", "or" or ")" at position 16 (to close the "(" at position 0), found end of filter',
    ],
    [
      'emails[type eq "work"',
      'Expected "and", "or" or "]" at position 21 (to close the "[" at position 6), found end of filter',
    ],
    [
      'emails[type eq "work")',
      'Expected "and", "or" or "]" at position 21 (to close the "[" at position 6), found ")"',
    ],
    [
      'emails[type eq "x" and addresses[type pr]]',
      'Value filters cannot be nested (RFC 7644 §3.4.2.2 valFilter): "[" at position 32',
    ],
    [
      'emails[type eq "work"].value eq "x"',
      'Expected "and", "or" or end of filter at position 22, found ".value"',
    ],
    ['()', 'Expected an attribute path at position 1, found ")"'],
    ['not title pr', 'Expected "(" after "not" at position 4, found "title"'],
    ['not', 'Expected "(" after "not" at position 3, found end of filter'],
    [
      '"userName" eq "x"',
      'Expected an attribute path at position 0, found "\\"userName\\""; attribute names are not quoted',
    ],
    ['1abc eq "x"', 'Invalid attribute path "1abc" at position 0: attribute names start with a letter'],
    [
      'name.givenName.x eq "a"',
      'Invalid attribute path "name.givenName.x" at position 0: at most one sub-attribute',
    ],
    ['name. eq "a"', 'Invalid attribute path "name." at position 0: attribute names start with a letter'],
    ['foo:userName eq "a"', 'the schema URI before the attribute name is not a valid URI'],
    ['urn:ietf:params:scim:schemas:core:2.0:User: eq "a"', 'attribute names start with a letter'],
    ['user%Name eq "a"', 'Invalid attribute path "user%Name" at position 0'],
  ])('should reject %j', (text, detail) => {
    const error = thrownBy(() => sut(text));

    expect(error).toMatchObject({ status: 400, scimType: 'invalidFilter' });
    expect(error.detail).toContain(detail);
  });

  it('should not echo a long hostile token in full', () => {
    const error = thrownBy(() => sut(`userName ${'x'.repeat(1000)}`));

    expect(error.detail).toContain(`found "${'x'.repeat(40)}…"`);
    expect(error.detail.length).toBeLessThan(200);
  });

  describe('hostile-input bounds', () => {
    it(`should accept a filter of exactly ${MAX_FILTER_LENGTH} characters`, () => {
      const text = `userName eq "${'x'.repeat(MAX_FILTER_LENGTH - 14)}"`;

      expect(text).toHaveLength(MAX_FILTER_LENGTH);
      expect(sut(text)).toMatchObject({ kind: 'compare' });
    });

    it(`should reject a filter longer than ${MAX_FILTER_LENGTH} characters before tokenizing it`, () => {
      const error = thrownBy(() => sut(`userName eq "${'x'.repeat(MAX_FILTER_LENGTH)}"`));

      expect(error).toMatchObject({ status: 400, scimType: 'invalidFilter' });
      expect(error.detail).toBe(
        `Filter is ${MAX_FILTER_LENGTH + 14} characters long; the maximum is ${MAX_FILTER_LENGTH}`,
      );
    });

    it.each<[string, (levels: number) => string]>([
      ['parentheses', (levels) => `${'('.repeat(levels)}a pr${')'.repeat(levels)}`],
      ['not', (levels) => `${'not ('.repeat(levels)}a pr${')'.repeat(levels)}`],
      [
        'not and parentheses alternating',
        (levels) =>
          `${Array.from({ length: levels }, (_, i) => (i % 2 === 0 ? 'not (' : '(')).join('')}a pr${')'.repeat(levels)}`,
      ],
    ])(`should allow ${MAX_FILTER_DEPTH} levels of %s and reject one more`, (_shape, nest) => {
      expect(() => sut(nest(MAX_FILTER_DEPTH))).not.toThrow();

      const error = thrownBy(() => sut(nest(MAX_FILTER_DEPTH + 1)));
      expect(error).toMatchObject({ status: 400, scimType: 'invalidFilter' });
      expect(error.detail).toContain(`Filter nests deeper than ${MAX_FILTER_DEPTH} levels at position`);
    });

    it('should count a value path as a level of nesting', () => {
      const text = `${'('.repeat(MAX_FILTER_DEPTH)}emails[type pr]${')'.repeat(MAX_FILTER_DEPTH)}`;

      expect(thrownBy(() => sut(text)).detail).toBe(
        `Filter nests deeper than ${MAX_FILTER_DEPTH} levels at position ${MAX_FILTER_DEPTH + 6}`,
      );
    });

    it('should reject unbalanced nesting of the full allowed length without exhausting the stack', () => {
      const error = thrownBy(() => sut('('.repeat(MAX_FILTER_LENGTH)));

      expect(error.detail).toBe(
        `Filter nests deeper than ${MAX_FILTER_DEPTH} levels at position ${MAX_FILTER_DEPTH}`,
      );
    });

    it(`should allow ${MAX_FILTER_NODES - 1} expressions and reject more than ${MAX_FILTER_NODES}`, () => {
      // n presence tests joined by "or" make 2n - 1 nodes.
      expect(() => sut(OR_CHAIN(MAX_FILTER_NODES / 2))).not.toThrow();

      const error = thrownBy(() => sut(OR_CHAIN(MAX_FILTER_NODES / 2 + 1)));
      expect(error).toMatchObject({ status: 400, scimType: 'invalidFilter' });
      expect(error.detail).toBe(`Filter has more than ${MAX_FILTER_NODES} expressions`);
    });

    it('should stop at the node limit on the longest possible flat filter', () => {
      const text = OR_CHAIN(1000).slice(0, MAX_FILTER_LENGTH);

      expect(thrownBy(() => sut(text)).detail).toBe(`Filter has more than ${MAX_FILTER_NODES} expressions`);
    });
  });
});
