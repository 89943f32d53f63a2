import { and, cmp, not, or, path, pr, vp } from '../test/filter.builders';
import { type ScimFilter } from './filter.ast';
import { parseFilter } from './filter.parser';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const emailsCo = or(
  cmp(path('emails'), 'co', 'example.com'),
  cmp(path('emails', 'value'), 'co', 'example.org'),
);

/** Every example filter of RFC 7644 §3.4.2.2, in the order the RFC lists them. */
const RFC_EXAMPLES: ReadonlyArray<[string, ScimFilter]> = [
  ['userName eq "bjensen"', cmp(path('userName'), 'eq', 'bjensen')],
  ['name.familyName co "O\'Malley"', cmp(path('name', 'familyName'), 'co', "O'Malley")],
  ['userName sw "J"', cmp(path('userName'), 'sw', 'J')],
  [`${CORE_USER}:userName sw "J"`, cmp(path('userName', undefined, CORE_USER), 'sw', 'J')],
  ['title pr', pr(path('title'))],
  [
    'meta.lastModified gt "2011-05-13T04:42:34Z"',
    cmp(path('meta', 'lastModified'), 'gt', '2011-05-13T04:42:34Z'),
  ],
  [
    'meta.lastModified ge "2011-05-13T04:42:34Z"',
    cmp(path('meta', 'lastModified'), 'ge', '2011-05-13T04:42:34Z'),
  ],
  [
    'meta.lastModified lt "2011-05-13T04:42:34Z"',
    cmp(path('meta', 'lastModified'), 'lt', '2011-05-13T04:42:34Z'),
  ],
  [
    'meta.lastModified le "2011-05-13T04:42:34Z"',
    cmp(path('meta', 'lastModified'), 'le', '2011-05-13T04:42:34Z'),
  ],
  ['title pr and userType eq "Employee"', and(pr(path('title')), cmp(path('userType'), 'eq', 'Employee'))],
  ['title pr or userType eq "Intern"', or(pr(path('title')), cmp(path('userType'), 'eq', 'Intern'))],
  [`schemas eq "${ENTERPRISE}"`, cmp(path('schemas'), 'eq', ENTERPRISE)],
  [
    'userType eq "Employee" and (emails co "example.com" or emails.value co "example.org")',
    and(cmp(path('userType'), 'eq', 'Employee'), emailsCo),
  ],
  [
    'userType ne "Employee" and not (emails co "example.com" or emails.value co "example.org")',
    and(cmp(path('userType'), 'ne', 'Employee'), not(emailsCo)),
  ],
  [
    'userType eq "Employee" and (emails.type eq "work")',
    and(cmp(path('userType'), 'eq', 'Employee'), cmp(path('emails', 'type'), 'eq', 'work')),
  ],
  [
    'userType eq "Employee" and emails[type eq "work" and value co "@example.com"]',
    and(
      cmp(path('userType'), 'eq', 'Employee'),
      vp(path('emails'), and(cmp(path('type'), 'eq', 'work'), cmp(path('value'), 'co', '@example.com'))),
    ),
  ],
  [
    'emails[type eq "work" and value co "@example.com"] or ims[type eq "xmpp" and value co "@foo.com"]',
    or(
      vp(path('emails'), and(cmp(path('type'), 'eq', 'work'), cmp(path('value'), 'co', '@example.com'))),
      vp(path('ims'), and(cmp(path('type'), 'eq', 'xmpp'), cmp(path('value'), 'co', '@foo.com'))),
    ),
  ],
];

describe(parseFilter.name, () => {
  const sut = parseFilter;

  it.each(RFC_EXAMPLES)('should parse the RFC 7644 example %s', (text, expected) => {
    expect(sut(text)).toStrictEqual(expected);
  });

  it.each<[string, ScimFilter]>([
    ['a pr or b pr and c pr', or(pr(path('a')), and(pr(path('b')), pr(path('c'))))],
    ['a pr and b pr or c pr', or(and(pr(path('a')), pr(path('b'))), pr(path('c')))],
    ['a pr and b pr and c pr', and(and(pr(path('a')), pr(path('b'))), pr(path('c')))],
    ['a pr or b pr or c pr', or(or(pr(path('a')), pr(path('b'))), pr(path('c')))],
    ['(a pr or b pr) and c pr', and(or(pr(path('a')), pr(path('b'))), pr(path('c')))],
    ['a pr and (b pr and c pr)', and(pr(path('a')), and(pr(path('b')), pr(path('c'))))],
    ['((a pr))', pr(path('a'))],
    ['not (not (a pr))', not(not(pr(path('a'))))],
  ])('should apply precedence and grouping in %s', (text, expected) => {
    expect(sut(text)).toStrictEqual(expected);
  });

  it.each<[string, ScimFilter]>([
    ['UserName EQ "x"', cmp(path('UserName'), 'eq', 'x')],
    ['title PR AnD userType Ne "A"', and(pr(path('title')), cmp(path('userType'), 'ne', 'A'))],
    ['a Pr OR NOT (b pr)', or(pr(path('a')), not(pr(path('b'))))],
    ['active eq TRUE', cmp(path('active'), 'eq', true)],
    ['active eq False', cmp(path('active'), 'eq', false)],
    ['manager eq NULL', cmp(path('manager'), 'eq', null)],
  ])('should accept operators and keywords in any letter case: %s', (text, expected) => {
    expect(sut(text)).toStrictEqual(expected);
  });

  it.each<[string, ScimFilter]>([
    [
      `${ENTERPRISE}:manager.value eq "26118915"`,
      cmp(path('manager', 'value', ENTERPRISE), 'eq', '26118915'),
    ],
    [`${ENTERPRISE}:employeeNumber pr`, pr(path('employeeNumber', undefined, ENTERPRISE))],
    [
      'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User:OrganizationRole eq "Admin"',
      cmp(
        path('OrganizationRole', undefined, 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User'),
        'eq',
        'Admin',
      ),
    ],
    ['x-y_z9 pr', pr(path('x-y_z9'))],
  ])('should split URI, name and sub-attribute at the right places: %s', (text, expected) => {
    expect(sut(text)).toStrictEqual(expected);
  });

  it.each<[string, ScimFilter]>([
    ['not eq "x"', cmp(path('not'), 'eq', 'x')],
    ['and pr and or pr', and(pr(path('and')), pr(path('or')))],
    ['pr pr', pr(path('pr'))],
    ['not[type pr]', vp(path('not'), pr(path('type')))],
  ])(
    'should read keyword-like words as attribute names where an attribute is expected: %s',
    (text, expected) => {
      expect(sut(text)).toStrictEqual(expected);
    },
  );

  it.each<[string, string | number]>([
    ['"O\'Malley"', "O'Malley"],
    ['"say \\"hi\\""', 'say "hi"'],
    ['"a\\\\b\\/c"', 'a\\b/c'],
    ['"\\b\\f\\n\\r\\t"', '\b\f\n\r\t'],
    ['"\\u00e9\\u00C9"', 'éÉ'],
    ['"\\ud83d\\ude00"', '😀'],
    ['"😀 ünïcode"', '😀 ünïcode'],
    ['""', ''],
    ['0', 0],
    ['-12', -12],
    ['3.25', 3.25],
    ['1e3', 1000],
    ['-2.5E-2', -0.025],
  ])('should decode the JSON value %s', (literal, expected) => {
    expect(sut(`x eq ${literal}`)).toStrictEqual(cmp(path('x'), 'eq', expected));
  });

  it('should tolerate extra whitespace, tabs and newlines between tokens', () => {
    expect(sut('  a  pr\tand\n( b eq 1 )  ')).toStrictEqual(and(pr(path('a')), cmp(path('b'), 'eq', 1)));
  });

  it('should keep the letter case of attribute names and values as written', () => {
    expect(sut('NAME.GivenName eq "BaRbArA"')).toStrictEqual(cmp(path('NAME', 'GivenName'), 'eq', 'BaRbArA'));
  });
});
