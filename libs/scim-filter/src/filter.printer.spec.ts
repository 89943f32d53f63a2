import { ScimError } from '@app/scim-core';
import { and, cmp, not, or, path, pr, thrownBy, vp } from '../test/filter.builders';
import { type ScimFilter } from './filter.ast';
import { printAttrPath, printFilter, printPatchPath } from './filter.printer';

const [a, b, c] = [pr(path('a')), pr(path('b')), pr(path('c'))];

describe(printFilter.name, () => {
  const sut = printFilter;

  it.each<[ScimFilter, string]>([
    [or(a, and(b, c)), 'a pr or b pr and c pr'],
    [and(or(a, b), c), '(a pr or b pr) and c pr'],
    [and(a, or(b, c)), 'a pr and (b pr or c pr)'],
    [and(and(a, b), c), 'a pr and b pr and c pr'],
    [and(a, and(b, c)), 'a pr and (b pr and c pr)'],
    [or(or(a, b), c), 'a pr or b pr or c pr'],
    [or(a, or(b, c)), 'a pr or (b pr or c pr)'],
    [or(and(a, b), c), 'a pr and b pr or c pr'],
    [not(or(a, b)), 'not (a pr or b pr)'],
    [vp(path('emails'), and(cmp(path('type'), 'eq', 'work'), b)), 'emails[type eq "work" and b pr]'],
  ])('should print only the parentheses precedence needs: %s', (ast, expected) => {
    expect(sut(ast)).toBe(expected);
  });

  it.each<[ScimFilter, string]>([
    [cmp(path('x'), 'eq', 'say "hi"\n'), 'x eq "say \\"hi\\"\\n"'],
    [cmp(path('x'), 'ne', -0), 'x ne -0'],
    [cmp(path('x'), 'gt', 1e21), 'x gt 1e+21'],
    [cmp(path('x'), 'lt', 0.5), 'x lt 0.5'],
    [cmp(path('x'), 'eq', true), 'x eq true'],
    [cmp(path('x'), 'eq', null), 'x eq null'],
  ])('should print values as JSON: %s', (ast, expected) => {
    expect(sut(ast)).toBe(expected);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])(
    'should refuse to print the non-JSON number %d',
    (value) => {
      const error = thrownBy(() => sut(cmp(path('x'), 'eq', value)));

      expect(error).toBeInstanceOf(ScimError);
      expect(error).toMatchObject({ status: 400, scimType: 'invalidFilter' });
    },
  );
});

describe(printAttrPath.name, () => {
  const sut = printAttrPath;

  it('should join URI, name and sub-attribute with ":" and "."', () => {
    expect(sut(path('manager', 'value', 'urn:x:2.0:User'))).toBe('urn:x:2.0:User:manager.value');
  });
});

describe(printPatchPath.name, () => {
  const sut = printPatchPath;

  it.each([
    [{ path: path('name', 'givenName') }, 'name.givenName'],
    [
      { path: path('emails'), filter: cmp(path('type'), 'eq', 'work'), subAttr: 'value' },
      'emails[type eq "work"].value',
    ],
    [{ path: { uri: 'urn:x:2.0:User', name: '' } }, 'urn:x:2.0:User'],
  ])('should print %j as %s', (patchPath, expected) => {
    expect(sut(patchPath)).toBe(expected);
  });
});
