import { ENTERPRISE_USER_SCHEMA, LAMBDATEST_USER_SCHEMA, ScimError } from '@app/scim-core';
import fc from 'fast-check';
import type { PatchDocument } from './patch-document';
import { applyPatchOperations } from './patch-operations';

const ENTERPRISE = ENTERPRISE_USER_SCHEMA;
const LAMBDATEST = LAMBDATEST_USER_SCHEMA;

const USER: PatchDocument = {
  userName: 'ada@contoso.com',
  externalId: 'ada',
  active: true,
  name: { givenName: 'Ada', familyName: 'Lovelace' },
  emails: [{ value: 'ada@contoso.com', type: 'work', primary: true }],
  addresses: [{ type: 'work', locality: 'London' }],
  [ENTERPRISE]: { department: 'R&D', manager: { value: 'mgr-1' } },
  [LAMBDATEST]: { OrganizationRole: 'User' },
};

/** Paths IdPs send, paths they get wrong, and paths an attacker would try. */
const PLAUSIBLE_PATHS = [
  'active',
  'userName',
  'externalId',
  'displayName',
  'title',
  'password',
  'name',
  'name.givenName',
  'NAME.FAMILYNAME',
  'emails',
  'emails.value',
  'emails[type eq "work"]',
  'emails[type eq "work"].value',
  'Emails[Type eq "WORK"].Primary',
  'emails[value co "contoso"]',
  'emails[primary gt true]',
  'emails[type eq "work" and primary eq true].display',
  'phoneNumbers[type eq "mobile"].value',
  'addresses[type eq "work"].locality',
  'addresses[not (type eq "home")]',
  'roles',
  'x509Certificates',
  'groups',
  'groups[value eq "g"]',
  'id',
  'meta',
  'meta.version',
  'schemas',
  ENTERPRISE,
  `${ENTERPRISE}:manager`,
  `${ENTERPRISE}:manager.value`,
  `${ENTERPRISE}:manager.displayName`,
  `${ENTERPRISE}:department`,
  LAMBDATEST,
  `${LAMBDATEST}:OrganizationRole`,
  'urn:ietf:params:scim:schemas:core:2.0:User:active',
  'urn:unknown:ext:attr',
  'foo',
  'name.middle_name_x',
  '__proto__',
  'constructor',
  'constructor.prototype',
  'emails[type eq',
  'emails[]',
  '',
  '   ',
  'name..givenName',
  'emails[type eq "work"]].value',
];

const path = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...PLAUSIBLE_PATHS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

const scalar = fc.oneof(
  fc.constantFrom('True', 'False', 'true', 'FALSE', 'Admin', 'Guest', 'work', '', 'mgr-42'),
  fc.boolean(),
  fc.integer(),
  fc.constant(null),
  fc.string({ maxLength: 12 }),
);

const entry = fc.dictionary(
  fc.constantFrom('value', 'type', 'primary', 'display', 'Value', 'TYPE', 'locality', '__proto__', 'bogus'),
  scalar,
  { maxKeys: 4 },
);

/** A no-path value: keys are paths (Entra's dotted and URN keys among them). */
const attributeSet = fc.dictionary(path, fc.oneof(scalar, entry, fc.array(entry, { maxLength: 3 })), {
  maxKeys: 4,
});

const value = fc.oneof(
  { weight: 4, arbitrary: scalar },
  { weight: 2, arbitrary: entry },
  { weight: 2, arbitrary: fc.array(entry, { maxLength: 3 }) },
  { weight: 3, arbitrary: attributeSet },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Well-formed operations on paths the schema defines, so the success paths get as much traffic as the refusals. */
const wellFormedOperation = fc.record({
  op: fc.constantFrom('add', 'Replace', 'remove'),
  path: fc.constantFrom(...PLAUSIBLE_PATHS.slice(0, PLAUSIBLE_PATHS.indexOf('groups'))),
  value: fc.oneof(scalar, entry, fc.array(entry, { maxLength: 2 })),
});

const operation = fc.oneof(
  { weight: 10, arbitrary: wellFormedOperation },
  {
    weight: 20,
    arbitrary: fc.record(
      {
        op: fc.oneof(
          {
            weight: 20,
            arbitrary: fc.constantFrom('add', 'Add', 'replace', 'Replace', 'REPLACE', 'remove', 'Remove'),
          },
          { weight: 1, arbitrary: fc.oneof(fc.constant('move'), fc.jsonValue({ maxDepth: 1 })) },
        ),
        path,
        value,
      },
      { requiredKeys: ['op', 'value'] },
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

const operations = fc.oneof(
  { weight: 8, arbitrary: fc.array(operation, { maxLength: 8 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Runs the engine and reports what it did; anything but a document or a 4xx ScimError fails the property. */
function outcomeOf(run: () => PatchDocument): 'document' | 'refused' {
  try {
    const result = run();
    expect(typeof result).toBe('object');
    return 'document';
  } catch (error) {
    if (!(error instanceof ScimError)) throw error;
    expect(error.status).toBeGreaterThanOrEqual(400);
    expect(error.status).toBeLessThan(500);
    return 'refused';
  }
}

describe(applyPatchOperations.name, () => {
  const sut = applyPatchOperations;

  it('should return a document or throw a 4xx ScimError, whatever the operations', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(operations, (generated) => {
        seen.add(outcomeOf(() => sut(USER, generated)));
      }),
      { numRuns: 2000 },
    );

    expect([...seen].sort()).toEqual(['document', 'refused']);
  });

  it('should never mutate the input document nor Object.prototype', () => {
    const before = JSON.stringify(USER);
    fc.assert(
      fc.property(operations, (generated) => {
        outcomeOf(() => sut(USER, generated));

        expect(JSON.stringify(USER)).toBe(before);
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: 500 },
    );
  });

  it('should keep every applied document JSON-shaped', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.array(wellFormedOperation, { minLength: 1, maxLength: 4 }), (generated) => {
        let result: PatchDocument;
        try {
          result = sut(USER, generated);
        } catch (error) {
          if (!(error instanceof ScimError) || error.status !== 400) throw error;
          seen.add('refused');
          return;
        }
        seen.add('document');
        expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
      }),
      { numRuns: 1000 },
    );

    expect([...seen].sort()).toEqual(['document', 'refused']);
  });
});
