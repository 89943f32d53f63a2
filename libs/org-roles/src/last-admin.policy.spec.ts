import { ScimError } from '@app/scim-core';
import { assertKeepsAnActiveAdmin, keepsAnActiveAdmin, type MemberRoleState } from './last-admin.policy';

const activeAdmin: MemberRoleState = { role: 'admin', active: true };
const inactiveAdmin: MemberRoleState = { role: 'admin', active: false };
const deletedAdmin: MemberRoleState = { role: 'admin', active: true, deleted: true };
const activeUser: MemberRoleState = { role: 'user', active: true };
const activeGuest: MemberRoleState = { role: 'guest', active: true };

const cases: [string, MemberRoleState, MemberRoleState, number, boolean][] = [
  ['demoting the last active Admin to User', activeAdmin, activeUser, 0, false],
  ['demoting the last active Admin to Guest', activeAdmin, activeGuest, 0, false],
  ['disabling the last active Admin', activeAdmin, inactiveAdmin, 0, false],
  ['deleting the last active Admin', activeAdmin, deletedAdmin, 0, false],
  ['a count that is not a number', activeAdmin, activeUser, Number.NaN, false],
  ['demoting an Admin while another is active', activeAdmin, activeUser, 1, true],
  ['deleting an Admin while two others are active', activeAdmin, deletedAdmin, 2, true],
  ['updating the last Admin without touching role or status', activeAdmin, activeAdmin, 0, true],
  ['promoting a User', activeUser, activeAdmin, 0, true],
  ['reactivating an inactive Admin', inactiveAdmin, activeAdmin, 0, true],
  ['demoting an inactive Admin', inactiveAdmin, activeUser, 0, true],
  ['deleting a User in an organization with no Admin', activeUser, { ...activeUser, deleted: true }, 0, true],
];

describe(keepsAnActiveAdmin.name, () => {
  const sut = keepsAnActiveAdmin;

  it.each(cases)('should decide %s', (_, current, next, otherActiveAdmins, expected) => {
    expect(sut({ current, next, otherActiveAdmins })).toBe(expected);
  });
});

describe(assertKeepsAnActiveAdmin.name, () => {
  const sut = assertKeepsAnActiveAdmin;

  function errorOf(action: () => void): ScimError | undefined {
    try {
      action();
      return undefined;
    } catch (error) {
      if (!(error instanceof ScimError)) throw error;
      return error;
    }
  }

  it.each(cases.filter((c) => !c[4]))(
    'should refuse %s with a 403 that says what to do',
    (_, current, next, others) => {
      expect(errorOf(() => sut({ current, next, otherActiveAdmins: others }))?.toBody()).toEqual({
        schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
        status: '403',
        detail:
          "SCIM may not demote, disable or delete the organization's last active Admin. " +
          'Make another member an Admin first, then retry.',
      });
    },
  );

  it.each(cases.filter((c) => c[4]))('should allow %s', (_, current, next, otherActiveAdmins) => {
    expect(() => sut({ current, next, otherActiveAdmins })).not.toThrow();
  });
});
