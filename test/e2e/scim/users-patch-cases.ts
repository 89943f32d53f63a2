import { ENTERPRISE_USER_SCHEMA as ENTERPRISE, LAMBDATEST_USER_SCHEMA as LAMBDATEST } from './scim-helpers';

type Operation = Record<string, unknown>;

export interface PatchCase {
  /** Attributes of the user before the PATCH, on top of userBody's. */
  given?: Record<string, unknown>;
  operations: Operation[];
  /** A deep-partial of the resource after the PATCH (also checked through GET). */
  expected: Record<string, unknown>;
  /** Attributes that must be gone afterwards, each as its key path (URNs contain dots). */
  absent?: string[][];
  /** Entra's flagged dialect also carries ?aadOptscim062020 on the URL. */
  flag?: boolean;
  /** The ETag afterwards: W/"2" unless the PATCH stores nothing new. */
  version?: string;
}

const WORK_EMAIL = { emails: [{ value: 'old@x.com', type: 'work', primary: true }] };

/** What Entra (without and with aadOptscim062020) and Okta send in PATCH, per the vendors' published examples. */
export const PATCH_CASES: [string, PatchCase][] = [
  [
    'Entra: Replace displayName',
    {
      operations: [{ op: 'Replace', path: 'displayName', value: 'Pvlo' }],
      expected: { displayName: 'Pvlo' },
    },
  ],
  [
    'Entra: Replace name.givenName',
    {
      operations: [{ op: 'Replace', path: 'name.givenName', value: 'Gtfd' }],
      expected: { name: { givenName: 'Gtfd', familyName: 'Family' } },
    },
  ],
  [
    'Entra: Replace name.familyName',
    {
      operations: [{ op: 'Replace', path: 'name.familyName', value: 'Pkqf' }],
      expected: { name: { givenName: 'Given', familyName: 'Pkqf' } },
    },
  ],
  [
    'Entra: Replace externalId',
    { operations: [{ op: 'Replace', path: 'externalId', value: 'Eqpj' }], expected: { externalId: 'Eqpj' } },
  ],
  [
    'Entra: Replace emails[type eq "work"].value of an existing work email',
    {
      given: { emails: [...WORK_EMAIL.emails, { value: 'home@x.com', type: 'home' }] },
      operations: [{ op: 'Replace', path: 'emails[type eq "work"].value', value: 'new@x.com' }],
      expected: {
        emails: [
          { value: 'new@x.com', type: 'work', primary: true },
          { value: 'home@x.com', type: 'home' },
        ],
      },
    },
  ],
  [
    'Entra: Replace emails[type eq "work"].value without any email yet',
    {
      operations: [{ op: 'Replace', path: 'emails[type eq "work"].value', value: 'first@x.com' }],
      expected: { emails: [{ value: 'first@x.com', type: 'work' }] },
    },
  ],
  [
    'Entra: Add emails[type eq "work"].value without any email yet',
    {
      operations: [{ op: 'Add', path: 'emails[type eq "work"].value', value: 'added@x.com' }],
      expected: { emails: [{ value: 'added@x.com', type: 'work' }] },
    },
  ],
  [
    'Entra: Replace addresses[type eq "work"].locality',
    {
      operations: [{ op: 'Replace', path: 'addresses[type eq "work"].locality', value: 'Redmond' }],
      expected: { addresses: [{ type: 'work', locality: 'Redmond' }] },
    },
  ],
  [
    'Entra: Replace the enterprise employeeNumber',
    {
      operations: [{ op: 'Replace', path: `${ENTERPRISE}:employeeNumber`, value: '701984' }],
      expected: { [ENTERPRISE]: { employeeNumber: '701984' } },
    },
  ],
  [
    'Entra: Replace the enterprise manager with a bare id string',
    {
      operations: [{ op: 'Replace', path: `${ENTERPRISE}:manager`, value: 'mgr-42' }],
      expected: { [ENTERPRISE]: { manager: { value: 'mgr-42' } } },
    },
  ],
  [
    'Entra: Remove the enterprise manager',
    {
      given: { [ENTERPRISE]: { manager: { value: 'mgr-1' }, department: 'R&D' } },
      operations: [{ op: 'Remove', path: `${ENTERPRISE}:manager` }],
      expected: { [ENTERPRISE]: { department: 'R&D' } },
      absent: [[ENTERPRISE, 'manager']],
    },
  ],
  [
    'Entra: Add nickName',
    { operations: [{ op: 'Add', path: 'nickName', value: 'Babs' }], expected: { nickName: 'Babs' } },
  ],
  [
    'Entra: Replace active with the string "False"',
    { operations: [{ op: 'Replace', path: 'active', value: 'False' }], expected: { active: false } },
  ],
  [
    'Entra: Replace active with the string "True"',
    {
      given: { active: false },
      operations: [{ op: 'Replace', path: 'active', value: 'True' }],
      expected: { active: true },
    },
  ],
  [
    'Entra: Replace OrganizationRole by its full path',
    {
      operations: [{ op: 'Replace', path: `${LAMBDATEST}:OrganizationRole`, value: 'guest' }],
      expected: { [LAMBDATEST]: { OrganizationRole: 'Guest' } },
    },
  ],
  [
    'Entra+flag: replace active with a real boolean',
    {
      flag: true,
      operations: [{ op: 'replace', path: 'active', value: false }],
      expected: { active: false },
    },
  ],
  [
    'Entra+flag: add nickName',
    {
      flag: true,
      operations: [{ op: 'add', path: 'nickName', value: 'Babs' }],
      expected: { nickName: 'Babs' },
    },
  ],
  [
    'Entra+flag: no-path replace with dotted keys',
    {
      flag: true,
      given: WORK_EMAIL,
      operations: [
        { op: 'replace', path: 'emails[type eq "work"].value', value: 'TestMhvaes@test.microsoft.com' },
        {
          op: 'replace',
          value: {
            displayName: 'Bjfe',
            'name.givenName': 'Kkom',
            'name.familyName': 'Unua',
            [`${ENTERPRISE}:employeeNumber`]: 'Aklq',
            [`${LAMBDATEST}:OrganizationRole`]: 'ADMIN',
          },
        },
      ],
      expected: {
        displayName: 'Bjfe',
        name: { givenName: 'Kkom', familyName: 'Unua' },
        emails: [{ value: 'TestMhvaes@test.microsoft.com', type: 'work', primary: true }],
        [ENTERPRISE]: { employeeNumber: 'Aklq' },
        [LAMBDATEST]: { OrganizationRole: 'Admin' },
      },
      absent: [
        ['name.givenName'],
        ['name.familyName'],
        [`${ENTERPRISE}:employeeNumber`],
        [`${LAMBDATEST}:OrganizationRole`],
      ],
    },
  ],
  [
    'Okta: deactivate with a no-path replace',
    { operations: [{ op: 'replace', value: { active: false } }], expected: { active: false } },
  ],
  [
    'Okta: reactivate with a no-path replace',
    {
      given: { active: false },
      operations: [{ op: 'replace', value: { active: true } }],
      expected: { active: true },
    },
  ],
  [
    'Okta: password sync is accepted and not kept',
    {
      operations: [{ op: 'replace', value: { password: 'n3w-Pa55' } }],
      expected: { active: true },
      absent: [['password']],
      version: 'W/"1"',
    },
  ],
];
