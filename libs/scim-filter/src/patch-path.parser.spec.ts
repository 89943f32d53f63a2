import { and, cmp, path, thrownBy } from '../test/filter.builders';
import { isWholeExtensionPath, type ScimPatchPath } from './filter.ast';
import { parsePatchPath } from './patch-path.parser';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const LAMBDATEST = 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User';

describe(parsePatchPath.name, () => {
  const sut = parsePatchPath;

  it.each<[string, ScimPatchPath]>([
    ['userName', { path: path('userName') }],
    ['name.givenName', { path: path('name', 'givenName') }],
    [
      'emails[type eq "work"].value',
      { path: path('emails'), filter: cmp(path('type'), 'eq', 'work'), subAttr: 'value' },
    ],
    [
      'phoneNumbers[type eq "mobile"].value',
      { path: path('phoneNumbers'), filter: cmp(path('type'), 'eq', 'mobile'), subAttr: 'value' },
    ],
    [
      'addresses[type eq "work"].locality',
      { path: path('addresses'), filter: cmp(path('type'), 'eq', 'work'), subAttr: 'locality' },
    ],
    ['members[value eq "2819c223"]', { path: path('members'), filter: cmp(path('value'), 'eq', '2819c223') }],
    [
      'emails[type eq "work" and primary eq TRUE]',
      {
        path: path('emails'),
        filter: and(cmp(path('type'), 'eq', 'work'), cmp(path('primary'), 'eq', true)),
      },
    ],
    [`${ENTERPRISE}:manager`, { path: path('manager', undefined, ENTERPRISE) }],
    [`${ENTERPRISE}:manager.value`, { path: path('manager', 'value', ENTERPRISE) }],
    [`${ENTERPRISE}:employeeNumber`, { path: path('employeeNumber', undefined, ENTERPRISE) }],
    [`${LAMBDATEST}:OrganizationRole`, { path: path('OrganizationRole', undefined, LAMBDATEST) }],
    [ENTERPRISE, { path: { uri: ENTERPRISE, name: '' } }],
    [LAMBDATEST, { path: { uri: LAMBDATEST, name: '' } }],
  ])('should parse %s', (text, expected) => {
    expect(sut(text)).toStrictEqual(expected);
  });

  it.each<[string, boolean]>([
    [ENTERPRISE, true],
    [`${ENTERPRISE}:manager`, false],
    ['emails[type eq "work"].value', false],
  ])('should mark %s as addressing a whole extension: %s', (text, expected) => {
    expect(isWholeExtensionPath(sut(text))).toBe(expected);
  });

  describe('with the known schema URIs given', () => {
    const options = { schemaUris: [ENTERPRISE, 'urn:example:custom'] };

    it('should recognise a whole extension by its URI in any letter case', () => {
      expect(sut(ENTERPRISE.toUpperCase(), options)).toStrictEqual({
        path: { uri: ENTERPRISE.toUpperCase(), name: '' },
      });
    });

    it('should recognise a whole extension whose URI does not follow the RFC 7643 naming pattern', () => {
      expect(sut('urn:example:custom', options)).toStrictEqual({
        path: { uri: 'urn:example:custom', name: '' },
      });
    });

    it('should read an unknown URN as a URI-qualified attribute', () => {
      expect(sut(LAMBDATEST, options)).toStrictEqual({
        path: path('User', undefined, LAMBDATEST.slice(0, -5)),
      });
    });
  });

  it.each<[string, string]>([
    ['', 'Expected an attribute path at position 0, found end of path'],
    [
      'name..givenName',
      'Invalid attribute path "name..givenName" at position 0: attribute names start with a letter',
    ],
    [
      'name.givenName.x',
      'Invalid attribute path "name.givenName.x" at position 0: at most one sub-attribute',
    ],
    ['1name', 'Invalid attribute path "1name" at position 0: attribute names start with a letter'],
    ['name givenName', 'Expected end of path at position 5, found "givenName"'],
    ['emails[type eq "work"', 'Expected "and", "or" or "]" at position 21 (to close the "[" at position 6)'],
    ['emails[type eqq "work"]', 'Expected a comparison operator at position 12, found "eqq"'],
    [
      'emails[type eq "work"] .value',
      'Expected ".subAttribute" or end of path at position 23, found ".value"',
    ],
    ['emails[type eq "work"].value.x', 'Invalid sub-attribute ".value.x" at position 22'],
    ['emails[type eq "work"].', 'Invalid sub-attribute "." at position 22'],
    ['emails[type eq "work"]value', 'Expected ".subAttribute" or end of path at position 22, found "value"'],
    ['emails[type eq "work"].value[x pr]', 'Expected end of path at position 28, found "["'],
    ['emails[addresses[type pr]]', 'Value filters cannot be nested'],
    ['emails[]', 'Expected an attribute path at position 7, found "]"'],
    ['emails[type eq "x]', 'Unterminated string starting at position 15'],
    ['foo:bar', 'the schema URI before the attribute name is not a valid URI'],
    [`x${'.'.repeat(5000)}`, 'Path is 5001 characters long; the maximum is 4096'],
  ])('should reject %j with invalidPath', (text, detail) => {
    const error = thrownBy(() => sut(text));

    expect(error).toMatchObject({ status: 400, scimType: 'invalidPath' });
    expect(error.detail).toContain(detail);
  });
});
