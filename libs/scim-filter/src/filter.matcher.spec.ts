import { path, thrownBy } from '../test/filter.builders';
import { type AttrPath } from './filter.ast';
import { matchesFilter } from './filter.matcher';
import { parseFilter } from './filter.parser';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const LAMBDATEST = 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User';

const USER = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
  userName: 'Bjensen@Example.com',
  name: { familyName: "O'Malley", givenName: 'Barbara' },
  title: 'Tour Guide',
  userType: 'Employee',
  nickName: '',
  active: true,
  loginCount: 42,
  ims: [],
  x509Certificates: null,
  emails: [
    { type: 'work', value: 'bjensen@example.com', primary: true },
    { type: 'home', value: 'babs@jensen.org' },
  ],
  meta: { lastModified: '2011-05-13T04:42:34Z' },
  [ENTERPRISE]: { employeeNumber: '701984', manager: { value: '26118915' } },
};

describe(matchesFilter.name, () => {
  const sut = (filter: string, resource: unknown = USER): boolean =>
    matchesFilter(parseFilter(filter), resource);

  it.each<[string, boolean]>([
    ['userName eq "bjensen@example.com"', true],
    ['USERNAME eq "BJENSEN@EXAMPLE.COM"', true],
    ['userName ne "bjensen@example.com"', false],
    ['userName ne "someone@else"', true],
    ['name.familyName co "malley"', true],
    ['NAME.GIVENNAME sw "bar"', true],
    ['name.familyName ew "LEY"', true],
    ['name.familyName sw "malley"', false],
    ['meta.lastModified gt "2011-05-13T04:42:33Z"', true],
    ['meta.lastModified ge "2011-05-13T04:42:34Z"', true],
    ['meta.lastModified lt "2011-05-13T04:42:34Z"', false],
    ['meta.lastModified le "2011-05-13T04:42:34Z"', true],
    ['title gt "tour"', true],
    ['loginCount gt 41', true],
    ['loginCount ge 42', true],
    ['loginCount lt 42', false],
    ['loginCount le 42.0', true],
    ['loginCount eq "42"', false],
    ['loginCount ne "42"', true],
    ['loginCount co 4', false],
    ['active eq true', true],
    ['active eq false', false],
    ['active ne false', true],
    ['active eq "true"', false],
  ])('should compare scalars: %s → %s', (filter, expected) => {
    expect(sut(filter)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['title pr', true],
    ['name pr', true],
    ['emails pr', true],
    ['nickName pr', false],
    ['ims pr', false],
    ['x509Certificates pr', false],
    ['missing pr', false],
  ])('should treat null, "", [] and missing as not present: %s → %s', (filter, expected) => {
    expect(sut(filter)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['emails co "example.com"', true],
    ['emails.value co "jensen.org"', true],
    ['emails.type eq "home"', true],
    ['emails.type eq "other"', false],
    [`schemas eq "${ENTERPRISE}"`, true],
    ['emails[type eq "work" and value co "@example.com"]', true],
    ['emails[type eq "home" and primary eq true]', false],
    ['emails[TYPE eq "HOME"]', true],
    ['name[givenName eq "barbara"]', true],
  ])(
    'should match multi-valued and complex attributes when any value matches: %s → %s',
    (filter, expected) => {
      expect(sut(filter)).toBe(expected);
    },
  );

  it.each<[string, boolean]>([
    [`${ENTERPRISE}:employeeNumber eq "701984"`, true],
    [`${ENTERPRISE}:manager.value eq "26118915"`, true],
    [`${ENTERPRISE.toUpperCase()}:EMPLOYEENUMBER pr`, true],
    ['urn:ietf:params:scim:schemas:core:2.0:User:userName sw "bjensen"', true],
    [`${LAMBDATEST}:OrganizationRole pr`, false],
    [`${LAMBDATEST}:userName pr`, false],
  ])('should resolve schema-qualified paths: %s → %s', (filter, expected) => {
    expect(sut(filter)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['missing eq "x"', false],
    ['missing ne "x"', false],
    ['missing gt 1', false],
    ['not (missing eq "x")', true],
    ['missing eq null', true],
    ['x509Certificates eq null', true],
    ['title eq null', false],
    ['title ne null', true],
    ['missing ne null', false],
  ])(
    'should never match a missing attribute except under not or against null: %s → %s',
    (filter, expected) => {
      expect(sut(filter)).toBe(expected);
    },
  );

  it.each<[string, boolean]>([
    ['userType eq "Employee" and (emails co "example.com" or emails.value co "example.org")', true],
    ['userType ne "Employee" and not (emails co "example.com" or emails.value co "example.org")', false],
    ['title pr or missing pr', true],
    ['title pr and missing pr', false],
    ['not (title pr)', false],
  ])('should combine with and, or and not: %s → %s', (filter, expected) => {
    expect(sut(filter)).toBe(expected);
  });

  it.each<[string, unknown, boolean]>([
    ['type eq "work"', { type: 'Work', value: 'a@b.c', primary: true }, true],
    ['type eq "work" and primary eq true', { type: 'work', primary: false }, false],
    ['value eq "2819c223"', { value: '2819C223', display: 'Group' }, true],
  ])('should evaluate a value-path filter against one entry: %s', (filter, entry, expected) => {
    expect(sut(filter, entry)).toBe(expected);
  });

  it.each<unknown>([null, undefined, 'text', 42, [USER]])(
    'should match nothing on the non-object %j',
    (resource) => {
      expect(matchesFilter(parseFilter('userName pr'), resource)).toBe(false);
      expect(matchesFilter(parseFilter('not (userName pr)'), resource)).toBe(true);
    },
  );

  it.each(['active gt true', 'active le false', 'manager lt null'])(
    'should reject ordering against true, false or null (RFC 7644 §3.4.2.2): %s',
    (filter) => {
      const error = thrownBy(() => sut(filter));

      expect(error).toMatchObject({ status: 400, scimType: 'invalidFilter' });
    },
  );

  describe('with caseExact', () => {
    it('should compare case-sensitively only the attributes the option names', () => {
      const caseExact = (attr: AttrPath): boolean => attr.name === 'userName';

      expect(matchesFilter(parseFilter('userName eq "bjensen@example.com"'), USER, { caseExact })).toBe(
        false,
      );
      expect(matchesFilter(parseFilter('userName eq "Bjensen@Example.com"'), USER, { caseExact })).toBe(true);
      expect(matchesFilter(parseFilter('title eq "TOUR GUIDE"'), USER, { caseExact })).toBe(true);
    });

    it('should ask about a value-path attribute qualified by its parent', () => {
      const caseExact = jest.fn((attr: AttrPath) => attr.name === 'emails' && attr.subAttr === 'type');

      expect(matchesFilter(parseFilter('emails[type eq "WORK"]'), USER, { caseExact })).toBe(false);
      expect(caseExact).toHaveBeenCalledWith(path('emails', 'type'));
    });
  });
});
