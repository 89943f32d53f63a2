import { CORE_USER_SCHEMA, ENTERPRISE_USER_SCHEMA, LAMBDATEST_USER_SCHEMA } from '../scim-urns';
import type { ScimUser } from '../wire/scim-user';
import { parseAttributeList } from './attribute-selection';
import { projectAttributes } from './project-attributes';

const ENTERPRISE = ENTERPRISE_USER_SCHEMA;
const PRODUCT = LAMBDATEST_USER_SCHEMA;

function user(overrides: Partial<ScimUser> = {}): ScimUser {
  return {
    schemas: [CORE_USER_SCHEMA, ENTERPRISE, PRODUCT],
    id: '2819c223',
    externalId: 'ext-1',
    userName: 'bjensen',
    name: { givenName: 'Barbara', familyName: 'Jensen', formatted: 'Ms. Barbara J Jensen' },
    active: true,
    emails: [
      { value: 'bjensen@example.com', type: 'work', primary: true },
      { value: 'babs@example.org', type: 'home' },
    ],
    [ENTERPRISE]: { employeeNumber: '701984', department: 'Tour Operations' },
    [PRODUCT]: { OrganizationRole: 'Admin' },
    meta: { resourceType: 'User', location: 'https://x/Users/2819c223' },
    ...overrides,
  };
}

describe(projectAttributes.name, () => {
  const sut = projectAttributes;

  it('should return every default attribute when nothing is asked', () => {
    expect(sut(user())).toEqual(user());
  });

  it('should never return a password, even when asked for it', () => {
    const withPassword = { ...user(), password: 'secret' };

    expect(sut(withPassword)).not.toHaveProperty('password');
    expect(sut(withPassword, { attributes: ['password'] })).not.toHaveProperty('password');
  });

  it('should return only the named attributes plus id and schemas', () => {
    expect(sut(user(), { attributes: ['USERNAME'] })).toEqual({
      schemas: [CORE_USER_SCHEMA],
      id: '2819c223',
      userName: 'bjensen',
    });
  });

  it('should return named sub-attributes of complex and multi-valued attributes', () => {
    expect(sut(user(), { attributes: ['Name.GivenName', 'emails.value'] })).toEqual({
      schemas: [CORE_USER_SCHEMA],
      id: '2819c223',
      name: { givenName: 'Barbara' },
      emails: [{ value: 'bjensen@example.com' }, { value: 'babs@example.org' }],
    });
  });

  it('should return URN-qualified extension attributes and keep their URN in schemas', () => {
    expect(
      sut(user(), { attributes: [`${ENTERPRISE.toLowerCase()}:DEPARTMENT`, `${CORE_USER_SCHEMA}:userName`] }),
    ).toEqual({
      schemas: [CORE_USER_SCHEMA, ENTERPRISE],
      id: '2819c223',
      userName: 'bjensen',
      [ENTERPRISE]: { department: 'Tour Operations' },
    });
  });

  it('should return a whole extension named by its URN', () => {
    expect(sut(user(), { attributes: [PRODUCT] })).toEqual({
      schemas: [CORE_USER_SCHEMA, PRODUCT],
      id: '2819c223',
      [PRODUCT]: { OrganizationRole: 'Admin' },
    });
  });

  it('should keep id even when it is excluded, since it is returned always', () => {
    expect(sut(user(), { excludedAttributes: ['id', 'ID'] })).toHaveProperty('id', '2819c223');
  });

  it('should drop excluded attributes, sub-attributes and extensions', () => {
    const result = sut(user(), {
      excludedAttributes: ['emails', 'name.givenName', `${PRODUCT}:OrganizationRole`, 'meta'],
    });

    expect(result).toEqual({
      schemas: [CORE_USER_SCHEMA, ENTERPRISE],
      id: '2819c223',
      externalId: 'ext-1',
      userName: 'bjensen',
      name: { familyName: 'Jensen', formatted: 'Ms. Barbara J Jensen' },
      active: true,
      [ENTERPRISE]: { employeeNumber: '701984', department: 'Tour Operations' },
    });
  });

  it('should apply exclusions after the attributes list', () => {
    expect(sut(user(), { attributes: ['name'], excludedAttributes: ['name.formatted'] })).toEqual({
      schemas: [CORE_USER_SCHEMA],
      id: '2819c223',
      name: { givenName: 'Barbara', familyName: 'Jensen' },
    });
  });

  it('should select nothing for unknown names', () => {
    expect(sut(user(), { attributes: ['nope', 'urn:acme:x'] })).toEqual({
      schemas: [CORE_USER_SCHEMA],
      id: '2819c223',
    });
    expect(sut(user(), { excludedAttributes: ['nope'] })).toEqual(user());
  });
});

describe(parseAttributeList.name, () => {
  const sut = parseAttributeList;

  it.each<[string | undefined, string[]]>([
    [undefined, []],
    ['', []],
    ['userName', ['userName']],
    [' userName , name.givenName,,', ['userName', 'name.givenName']],
  ])('should split %p', (parameter, expected) => {
    expect(sut(parameter)).toEqual(expected);
  });
});
