import { ScimError } from '@app/scim-core';
import { STORED_ROLES, type StoredRole } from './org-role';
import { fromOrganizationRole, toOrganizationRole } from './org-role.mapper';

const invalid = new ScimError(
  400,
  'invalidValue',
  "Attribute 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User:OrganizationRole' must be one of Admin, Guest, User",
);

function errorOf(value: unknown): ScimError | undefined {
  try {
    fromOrganizationRole(value);
    return undefined;
  } catch (error) {
    if (!(error instanceof ScimError)) throw error;
    return error;
  }
}

describe(toOrganizationRole.name, () => {
  const sut = toOrganizationRole;

  it.each<[StoredRole, string]>([
    ['admin', 'Admin'],
    ['user', 'User'],
    ['guest', 'Guest'],
  ])('should map %s to %s', (stored, expected) => {
    expect(sut(stored)).toBe(expected);
  });

  it('should round-trip every stored role', () => {
    expect(STORED_ROLES.map((role) => fromOrganizationRole(sut(role)))).toEqual(STORED_ROLES);
  });
});

describe(fromOrganizationRole.name, () => {
  const sut = fromOrganizationRole;

  it.each<[unknown, StoredRole]>([
    ['Admin', 'admin'],
    ['aDmIn', 'admin'],
    ['GUEST', 'guest'],
    ['user', 'user'],
    [' Admin ', 'admin'],
    [undefined, 'user'],
    [null, 'user'],
    ['', 'user'],
    ['   ', 'user'],
  ])('should map %p to %s', (value, expected) => {
    expect(sut(value)).toBe(expected);
  });

  it.each<[unknown]>([
    ['Owner'],
    ['admins'],
    ['Administrator'],
    [1],
    [true],
    [['Admin']],
    [{ value: 'Admin' }],
  ])('should reject %p with invalidValue listing the allowed values', (value) => {
    expect(errorOf(value)?.toBody()).toEqual(invalid.toBody());
  });
});
