import { ENTERPRISE_USER_SCHEMA, LAMBDATEST_USER_SCHEMA } from '@app/scim-core';
import type { PatchDocument } from './patch-document';
import { applyPatchOperations } from './patch-operations';

const ENTERPRISE = ENTERPRISE_USER_SCHEMA;
const LAMBDATEST = LAMBDATEST_USER_SCHEMA;
const WORK = { value: 'ada@contoso.com', type: 'work', primary: true };
const HOME = { value: 'ada@home.example', type: 'home' };

function user(overrides: Record<string, unknown> = {}): PatchDocument {
  return {
    userName: 'ada@contoso.com',
    active: true,
    name: { givenName: 'Ada', familyName: 'Lovelace' },
    emails: [WORK],
    [LAMBDATEST]: { OrganizationRole: 'User' },
    ...overrides,
  };
}

type PatchCase = [title: string, document: PatchDocument, operations: unknown[], expected: PatchDocument];

/** Okta OIN apps PATCH only for (de)activation; everything else comes as PUT (idp-behaviour §2). */
const OKTA: PatchCase[] = [
  ['deactivates', user(), [{ op: 'replace', value: { active: false } }], user({ active: false })],
  ['reactivates', user({ active: false }), [{ op: 'replace', value: { active: true } }], user()],
  [
    'deactivates through a path',
    user(),
    [{ op: 'replace', path: 'active', value: false }],
    user({ active: false }),
  ],
  [
    'accepts and discards a password change',
    user(),
    [{ op: 'replace', value: { password: 's3cret!' } }],
    user(),
  ],
];

/** RFC 7644 §3.5.2.1 add, §3.5.2.2 remove, §3.5.2.3 replace. */
const RFC_7644: PatchCase[] = [
  [
    'appends one value to a multi-valued attribute',
    user(),
    [{ op: 'add', path: 'emails', value: HOME }],
    user({ emails: [WORK, HOME] }),
  ],
  [
    'does not append a value already held, nor one given twice',
    user(),
    [
      {
        op: 'add',
        path: 'emails',
        value: [{ type: 'work', primary: true, value: 'ada@contoso.com' }, HOME, HOME],
      },
    ],
    user({ emails: [WORK, HOME] }),
  ],
  [
    'does not append an entry left empty by nulls',
    user(),
    [{ op: 'add', path: 'emails', value: [{ value: null, type: null }] }],
    user(),
  ],
  [
    'moves primary to an added value (RFC 7643 §2.4)',
    user(),
    [{ op: 'add', path: 'emails', value: [{ ...HOME, primary: 'true' }] }],
    user({
      emails: [
        { ...WORK, primary: false },
        { ...HOME, primary: true },
      ],
    }),
  ],
  [
    'moves primary to a value selected by a filter',
    user({ emails: [WORK, HOME] }),
    [{ op: 'replace', path: 'emails[type eq "home"].primary', value: true }],
    user({
      emails: [
        { ...WORK, primary: false },
        { ...HOME, primary: true },
      ],
    }),
  ],
  [
    'replaces all values without a filter',
    user(),
    [{ op: 'replace', path: 'emails', value: [HOME] }],
    user({ emails: [HOME] }),
  ],
  [
    'unassigns a multi-valued attribute replaced by []',
    user(),
    [{ op: 'replace', path: 'emails', value: [] }],
    user({ emails: undefined }),
  ],
  [
    'merges the sub-attributes of a complex attribute on replace',
    user(),
    [{ op: 'replace', path: 'name', value: { familyName: 'King', middleName: 'Byron' } }],
    user({ name: { givenName: 'Ada', familyName: 'King', middleName: 'Byron' } }),
  ],
  [
    'merges a no-path complex value and unassigns a null sub-attribute',
    user({ name: { givenName: 'Ada', familyName: 'Lovelace', middleName: 'Byron' } }),
    [{ op: 'add', value: { name: { honorificPrefix: 'Countess', middleName: null } } }],
    user({ name: { givenName: 'Ada', familyName: 'Lovelace', honorificPrefix: 'Countess' } }),
  ],
  [
    'unassigns an attribute replaced by null',
    user({ title: 'Countess' }),
    [{ op: 'replace', path: 'title', value: null }],
    user(),
  ],
  ['ignores an add of null', user(), [{ op: 'add', path: 'title', value: null }], user()],
  [
    'merges an object into the entries a filter selects',
    user({ emails: [WORK, HOME] }),
    [{ op: 'replace', path: 'emails[type eq "home"]', value: { value: 'ada@new.example', display: 'Home' } }],
    user({ emails: [WORK, { value: 'ada@new.example', type: 'home', display: 'Home' }] }),
  ],
  [
    'updates every entry a filter selects, comparing without case',
    user({ addresses: [{ type: 'work', locality: 'A' }, { type: 'Work', locality: 'B' }, { type: 'home' }] }),
    [{ op: 'replace', path: 'addresses[type eq "WORK"].locality', value: 'London' }],
    user({
      addresses: [
        { type: 'work', locality: 'London' },
        { type: 'Work', locality: 'London' },
        { type: 'home' },
      ],
    }),
  ],
  [
    'creates an entry from every eq of a conjunction',
    user({ emails: undefined }),
    [{ op: 'add', path: 'emails[type eq "work" and primary eq true].value', value: 'ada@contoso.com' }],
    user({ emails: [{ type: 'work', primary: true, value: 'ada@contoso.com' }] }),
  ],
  [
    'removes the entries a filter selects',
    user({ emails: [WORK, HOME] }),
    [{ op: 'remove', path: 'emails[type eq "work"]' }],
    user({ emails: [HOME] }),
  ],
  [
    'unassigns the attribute when its last entry is removed',
    user(),
    [{ op: 'remove', path: 'emails[value eq "ADA@contoso.com"]' }],
    user({ emails: undefined }),
  ],
  [
    'treats a remove through a filter selecting nothing as done',
    user(),
    [{ op: 'remove', path: 'emails[type eq "other"]' }],
    user(),
  ],
  ['treats a remove of an unset attribute as done', user(), [{ op: 'remove', path: 'nickName' }], user()],
  [
    'removes all values without a filter',
    user({ emails: [WORK, HOME] }),
    [{ op: 'remove', path: 'emails' }],
    user({ emails: undefined }),
  ],
  [
    'removes only the values listed in a remove value (Entra members style)',
    user({ emails: [WORK, HOME] }),
    [{ op: 'remove', path: 'emails', value: [{ value: 'ADA@HOME.EXAMPLE' }] }],
    user({ emails: [WORK] }),
  ],
  [
    'removes one sub-attribute of a complex attribute',
    user(),
    [{ op: 'remove', path: 'name.givenName' }],
    user({ name: { familyName: 'Lovelace' } }),
  ],
  [
    'removes a sub-attribute from every entry without a filter',
    user({ emails: [WORK, HOME] }),
    [{ op: 'remove', path: 'emails.primary' }],
    user({ emails: [{ value: 'ada@contoso.com', type: 'work' }, HOME] }),
  ],
  [
    'merges a whole extension object given as the path',
    user({ [ENTERPRISE]: { department: 'R&D', costCenter: '42' } }),
    [{ op: 'replace', path: ENTERPRISE, value: { department: 'Math', division: 'Analytical' } }],
    user({ [ENTERPRISE]: { department: 'Math', costCenter: '42', division: 'Analytical' } }),
  ],
  [
    'removes a whole extension object',
    user({ [ENTERPRISE]: { department: 'R&D' } }),
    [{ op: 'remove', path: ENTERPRISE }],
    user(),
  ],
  [
    'accepts core attributes under the core schema URN',
    user(),
    [{ op: 'replace', path: 'urn:ietf:params:scim:schemas:core:2.0:User:name.familyName', value: 'King' }],
    user({ name: { givenName: 'Ada', familyName: 'King' } }),
  ],
  [
    'applies operations in order, each seeing the previous one',
    user(),
    [
      { op: 'add', path: 'phoneNumbers', value: { type: 'work', value: '1' } },
      { op: 'replace', path: 'phoneNumbers[type eq "work"].value', value: '2' },
      { op: 'remove', path: 'emails' },
    ],
    user({ emails: undefined, phoneNumbers: [{ type: 'work', value: '2' }] }),
  ],
  [
    'keeps readOnly sub-attributes of a value out of the document',
    user(),
    [{ op: 'replace', path: `${ENTERPRISE}:manager`, value: { value: 'mgr-42', displayName: 'Boss' } }],
    user({ [ENTERPRISE]: { manager: { value: 'mgr-42' } } }),
  ],
];

function withoutUndefined(document: PatchDocument): PatchDocument {
  return JSON.parse(JSON.stringify(document)) as PatchDocument;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe(applyPatchOperations.name, () => {
  const sut = applyPatchOperations;

  describe('Okta', () => {
    it.each(OKTA)('should handle: %s', (_title, document, operations, expected) => {
      expect(sut(withoutUndefined(document), operations)).toEqual(withoutUndefined(expected));
    });
  });

  describe('RFC 7644 §3.5.2', () => {
    it.each(RFC_7644)('should handle: %s', (_title, document, operations, expected) => {
      expect(sut(withoutUndefined(document), operations)).toEqual(withoutUndefined(expected));
    });
  });

  it('should return a new document and leave the input untouched', () => {
    const document = deepFreeze(withoutUndefined(user({ [ENTERPRISE]: { manager: { value: 'm' } } })));
    const before = JSON.stringify(document);

    const result = sut(document, [
      { op: 'replace', path: 'name.givenName', value: 'Augusta' },
      { op: 'add', path: 'emails', value: HOME },
      { op: 'replace', path: `${ENTERPRISE}:manager.value`, value: 'n' },
    ]);

    expect(result).not.toBe(document);
    expect(JSON.stringify(document)).toBe(before);
  });
});
