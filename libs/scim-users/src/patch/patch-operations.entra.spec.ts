import { ENTERPRISE_USER_SCHEMA, LAMBDATEST_USER_SCHEMA, parseScimUserBody } from '@app/scim-core';
import type { PatchDocument } from './patch-document';
import { applyPatchOperations } from './patch-operations';

const ENTERPRISE = ENTERPRISE_USER_SCHEMA;
const LAMBDATEST = LAMBDATEST_USER_SCHEMA;

/** A user as Entra created it: one primary work e-mail, the product role always present. */
function user(overrides: Record<string, unknown> = {}): PatchDocument {
  return {
    userName: 'ada@contoso.com',
    externalId: 'ada',
    active: true,
    name: { givenName: 'Ada', familyName: 'Lovelace' },
    displayName: 'Ada Lovelace',
    emails: [{ value: 'ada@contoso.com', type: 'work', primary: true }],
    [LAMBDATEST]: { OrganizationRole: 'User' },
    ...overrides,
  };
}

type PatchCase = [title: string, document: PatchDocument, operations: unknown[], expected: PatchDocument];

/** Entra without `aadOptscim062020`: capitalised ops, booleans as strings, one path per operation (idp-behaviour §1). */
const DEFAULT_DIALECT: PatchCase[] = [
  [
    'deactivates with "False"',
    user(),
    [{ op: 'Replace', path: 'active', value: 'False' }],
    user({ active: false }),
  ],
  [
    'reactivates with "True"',
    user({ active: false }),
    [{ op: 'Replace', path: 'active', value: 'True' }],
    user({ active: true }),
  ],
  [
    'replaces the work e-mail through its filter',
    user(),
    [{ op: 'Replace', path: 'emails[type eq "work"].value', value: 'ada.l@contoso.com' }],
    user({ emails: [{ value: 'ada.l@contoso.com', type: 'work', primary: true }] }),
  ],
  [
    'creates the work e-mail when the filter matches nothing (SCIM-SDK #416)',
    user({ emails: undefined }),
    [{ op: 'Replace', path: 'emails[type eq "work"].value', value: 'ada@contoso.com' }],
    user({ emails: [{ type: 'work', value: 'ada@contoso.com' }] }),
  ],
  [
    'adds a mobile number next to a work number',
    user({ phoneNumbers: [{ type: 'work', value: '+1 555 0100' }] }),
    [{ op: 'Add', path: 'phoneNumbers[type eq "mobile"].value', value: '+1 555 0199' }],
    user({
      phoneNumbers: [
        { type: 'work', value: '+1 555 0100' },
        { type: 'mobile', value: '+1 555 0199' },
      ],
    }),
  ],
  [
    'creates a fax number with Replace',
    user(),
    [{ op: 'Replace', path: 'phoneNumbers[type eq "fax"].value', value: '+1 555 0142' }],
    user({ phoneNumbers: [{ type: 'fax', value: '+1 555 0142' }] }),
  ],
  [
    'builds one work address from several filtered sub-attributes',
    user(),
    [
      { op: 'Replace', path: 'addresses[type eq "work"].streetAddress', value: '1 Main St' },
      { op: 'Replace', path: 'addresses[type eq "work"].locality', value: 'Redmond' },
      { op: 'Replace', path: 'addresses[type eq "work"].postalCode', value: '98052' },
    ],
    user({
      addresses: [{ type: 'work', streetAddress: '1 Main St', locality: 'Redmond', postalCode: '98052' }],
    }),
  ],
  [
    'sets the manager from a bare id (SCIMple #1242)',
    user(),
    [{ op: 'Replace', path: `${ENTERPRISE}:manager`, value: 'mgr-42' }],
    user({ [ENTERPRISE]: { manager: { value: 'mgr-42' } } }),
  ],
  [
    'sets the manager from an object',
    user({ [ENTERPRISE]: { manager: { value: 'old' } } }),
    [{ op: 'Add', path: `${ENTERPRISE}:manager`, value: { value: 'mgr-42' } }],
    user({ [ENTERPRISE]: { manager: { value: 'mgr-42' } } }),
  ],
  [
    'removes the manager and the emptied extension',
    user({ [ENTERPRISE]: { manager: { value: 'mgr-42' } } }),
    [{ op: 'Remove', path: `${ENTERPRISE}:manager` }],
    user(),
  ],
  [
    'removes the manager keeping other enterprise attributes',
    user({ [ENTERPRISE]: { department: 'R&D', manager: { value: 'mgr-42' } } }),
    [{ op: 'Remove', path: `${ENTERPRISE}:manager.value` }],
    user({ [ENTERPRISE]: { department: 'R&D' } }),
  ],
  [
    'sets enterprise attributes by full URN path',
    user(),
    [
      { op: 'Add', path: `${ENTERPRISE}:department`, value: 'R&D' },
      { op: 'Replace', path: `${ENTERPRISE}:employeeNumber`, value: '1815' },
    ],
    user({ [ENTERPRISE]: { department: 'R&D', employeeNumber: '1815' } }),
  ],
  [
    'sets the organization role',
    user(),
    [{ op: 'Replace', path: `${LAMBDATEST}:OrganizationRole`, value: 'Admin' }],
    user({ [LAMBDATEST]: { OrganizationRole: 'Admin' } }),
  ],
  [
    'removes the organization role (the caller then applies the default)',
    user(),
    [{ op: 'Remove', path: `${LAMBDATEST}:OrganizationRole` }],
    user({ [LAMBDATEST]: undefined }),
  ],
  [
    'replaces externalId, userName and name parts',
    user(),
    [
      { op: 'Replace', path: 'externalId', value: 'ada-2' },
      { op: 'Replace', path: 'userName', value: 'ada@fabrikam.com' },
      { op: 'Replace', path: 'name.givenName', value: 'Augusta' },
      { op: 'Add', path: 'name.formatted', value: 'Augusta Ada King' },
    ],
    user({
      externalId: 'ada-2',
      userName: 'ada@fabrikam.com',
      name: { givenName: 'Augusta', familyName: 'Lovelace', formatted: 'Augusta Ada King' },
    }),
  ],
  [
    'adds an app role with primary "True" (SCIM-SDK #647)',
    user(),
    [
      {
        op: 'Add',
        path: 'roles',
        value: [{ value: 'Reviewer', primary: 'True', type: 'WindowsAzureActiveDirectoryRole' }],
      },
    ],
    user({ roles: [{ value: 'Reviewer', primary: true, type: 'WindowsAzureActiveDirectoryRole' }] }),
  ],
  [
    'removes a work e-mail sub-attribute and leaves the rest of the entry',
    user(),
    [{ op: 'Remove', path: 'emails[type eq "work"].value' }],
    user({ emails: [{ type: 'work', primary: true }] }),
  ],
];

/** Entra with `aadOptscim062020`: lower-case ops, real booleans, no-path values with path keys (idp-behaviour §1). */
const FLAG_DIALECT: PatchCase[] = [
  [
    'deactivates without a path',
    user(),
    [{ op: 'replace', value: { active: false } }],
    user({ active: false }),
  ],
  [
    'applies dotted and full-URN keys of a no-path replace',
    user(),
    [
      {
        op: 'replace',
        value: {
          displayName: 'Augusta King',
          'name.givenName': 'Augusta',
          'name.familyName': 'King',
          [`${ENTERPRISE}:employeeNumber`]: '1815',
          [`${LAMBDATEST}:OrganizationRole`]: 'Admin',
        },
      },
    ],
    user({
      displayName: 'Augusta King',
      name: { givenName: 'Augusta', familyName: 'King' },
      [ENTERPRISE]: { employeeNumber: '1815' },
      [LAMBDATEST]: { OrganizationRole: 'Admin' },
    }),
  ],
  [
    'applies a value-path key of a no-path replace',
    user(),
    [{ op: 'replace', value: { 'emails[type eq "work"].value': 'ada.l@contoso.com', active: false } }],
    user({ active: false, emails: [{ value: 'ada.l@contoso.com', type: 'work', primary: true }] }),
  ],
  [
    'merges an extension object given under its URN',
    user({ [ENTERPRISE]: { employeeNumber: '1815' } }),
    [{ op: 'add', value: { [ENTERPRISE]: { department: 'R&D', manager: 'mgr-42' } } }],
    user({ [ENTERPRISE]: { employeeNumber: '1815', department: 'R&D', manager: { value: 'mgr-42' } } }),
  ],
  [
    'reads names in any letter case and stores them canonically',
    user(),
    [
      { op: 'replace', path: 'NAME.GIVENNAME', value: 'Augusta' },
      { op: 'replace', path: 'Emails[Type eq "work"].Value', value: 'ada.l@contoso.com' },
      {
        op: 'replace',
        value: {
          DisplayName: 'A. King',
          'urn:ietf:params:scim:schemas:extension:lambdatest:2.0:User:organizationrole': 'Guest',
        },
      },
    ],
    user({
      name: { givenName: 'Augusta', familyName: 'Lovelace' },
      emails: [{ value: 'ada.l@contoso.com', type: 'work', primary: true }],
      displayName: 'A. King',
      [LAMBDATEST]: { OrganizationRole: 'Guest' },
    }),
  ],
  [
    'sets and removes the manager with lower-case ops',
    user(),
    [
      { op: 'add', path: `${ENTERPRISE}:manager`, value: 'mgr-1' },
      { op: 'replace', path: `${ENTERPRISE}:manager`, value: { value: 'mgr-2' } },
    ],
    user({ [ENTERPRISE]: { manager: { value: 'mgr-2' } } }),
  ],
  [
    'removes a work e-mail entry through its filter',
    user({
      emails: [
        { value: 'a@home.example', type: 'home' },
        { value: 'ada@contoso.com', type: 'work' },
      ],
    }),
    [{ op: 'remove', path: 'emails[type eq "work"]' }],
    user({ emails: [{ value: 'a@home.example', type: 'home' }] }),
  ],
];

/** The test helper writes `undefined` to drop a key from the base user; documents never hold undefined. */
function withoutUndefined(document: PatchDocument): PatchDocument {
  return JSON.parse(JSON.stringify(document)) as PatchDocument;
}

describe(applyPatchOperations.name, () => {
  const sut = applyPatchOperations;

  describe('Entra default dialect', () => {
    it.each(DEFAULT_DIALECT)('should handle: %s', (_title, document, operations, expected) => {
      expect(sut(withoutUndefined(document), operations)).toEqual(withoutUndefined(expected));
    });
  });

  it.each([...DEFAULT_DIALECT, ...FLAG_DIALECT])(
    'should produce a document the User body validator accepts: %s',
    (_title, document, operations) => {
      const result = sut(withoutUndefined(document), operations);

      expect(() => parseScimUserBody(result, { mode: 'replace' })).not.toThrow();
    },
  );

  describe('Entra aadOptscim062020 dialect', () => {
    it.each(FLAG_DIALECT)('should handle: %s', (_title, document, operations, expected) => {
      expect(sut(withoutUndefined(document), operations)).toEqual(withoutUndefined(expected));
    });
  });
});
