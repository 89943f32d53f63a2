import { ENTERPRISE_USER_SCHEMA, ScimError, type ScimErrorType } from '@app/scim-core';
import type { PatchDocument } from './patch-document';
import { applyPatchOperations } from './patch-operations';

const ENTERPRISE = ENTERPRISE_USER_SCHEMA;

const USER: PatchDocument = {
  userName: 'ada@contoso.com',
  active: true,
  name: { givenName: 'Ada', familyName: 'Lovelace' },
  emails: [{ value: 'ada@contoso.com', type: 'work' }],
};

type ErrorCase = [title: string, operations: unknown, scimType: ScimErrorType];

const ENVELOPE: ErrorCase[] = [
  ['Operations that are not an array', { op: 'add' }, 'invalidSyntax'],
  ['missing Operations', undefined, 'invalidSyntax'],
  ['no operations', [], 'invalidValue'],
  [
    '1001 operations',
    Array.from({ length: 1001 }, () => ({ op: 'add', path: 'title', value: 'x' })),
    'invalidValue',
  ],
  [
    '10,000 operations',
    Array.from({ length: 10_000 }, () => ({ op: 'remove', path: 'title' })),
    'invalidValue',
  ],
  ['an operation that is not an object', ['add'], 'invalidSyntax'],
  ['an operation without op', [{ path: 'title', value: 'x' }], 'invalidSyntax'],
  ['an unknown op', [{ op: 'Move', path: 'title', value: 'x' }], 'invalidSyntax'],
  ['an op that is not a string', [{ op: 1, path: 'title', value: 'x' }], 'invalidSyntax'],
  ['a path that is not a string', [{ op: 'add', path: ['title'], value: 'x' }], 'invalidPath'],
  ['an add without value', [{ op: 'add', path: 'title' }], 'invalidValue'],
  ['a replace without value', [{ op: 'Replace', path: 'title' }], 'invalidValue'],
];

const ADDRESSING: ErrorCase[] = [
  ['a remove without path (RFC 7644 §3.5.2.2)', [{ op: 'Remove' }], 'noTarget'],
  ['an unknown attribute', [{ op: 'replace', path: 'foo', value: 'x' }], 'invalidPath'],
  ['an unknown sub-attribute', [{ op: 'replace', path: 'name.middle_name_x', value: 'x' }], 'invalidPath'],
  ['an unknown extension', [{ op: 'replace', path: 'urn:unknown:ext:attr', value: 'x' }], 'invalidPath'],
  [
    'an unknown extension object',
    [{ op: 'remove', path: 'urn:ietf:params:scim:schemas:extension:foo:2.0:User' }],
    'invalidPath',
  ],
  [
    'an extension attribute without its URN',
    [{ op: 'replace', path: 'department', value: 'x' }],
    'invalidPath',
  ],
  [
    'an unknown key of a no-path value',
    [{ op: 'replace', value: { active: false, foo: 'x' } }],
    'invalidPath',
  ],
  [
    'an unknown key of an extension object',
    [{ op: 'add', value: { [ENTERPRISE]: { dept: 'x' } } }],
    'invalidPath',
  ],
  [
    'an unknown sub-attribute in a value',
    [{ op: 'replace', path: 'name', value: { nickname: 'x' } }],
    'invalidPath',
  ],
  [
    'an unknown filter attribute',
    [{ op: 'replace', path: 'emails[kind eq "work"].value', value: 'x' }],
    'invalidPath',
  ],
  [
    'an unknown sub-attribute after a filter',
    [{ op: 'replace', path: 'emails[type eq "work"].address', value: 'x' }],
    'invalidPath',
  ],
  [
    'a filter on a single-valued attribute',
    [{ op: 'replace', path: 'name[givenName eq "Ada"]', value: {} }],
    'invalidPath',
  ],
  ['a filter on a sub-attribute', [{ op: 'remove', path: 'emails.value[type eq "work"]' }], 'invalidPath'],
  ['a malformed path', [{ op: 'remove', path: 'emails[type eq "work"' }], 'invalidPath'],
  ['a two-level path', [{ op: 'remove', path: 'name.givenName.first' }], 'invalidPath'],
  ['a path into a simple attribute', [{ op: 'replace', path: 'userName.value', value: 'x' }], 'invalidPath'],
  [
    'a prototype key in a no-path value',
    [JSON.parse('{"op":"add","value":{"__proto__":{"polluted":true}}}')],
    'invalidPath',
  ],
  [
    'a constructor key in a no-path value',
    [{ op: 'add', value: { constructor: { prototype: { polluted: true } } } }],
    'invalidPath',
  ],
  [
    'a prototype key in a complex value',
    [JSON.parse('{"op":"add","path":"emails","value":{"__proto__":{"x":1}}}')],
    'invalidPath',
  ],
  [
    'a filter that describes no entry to create',
    [{ op: 'add', path: 'emails[type ne "work" or primary pr].value', value: 'x' }],
    'noTarget',
  ],
];

const MUTABILITY: ErrorCase[] = [
  ['id', [{ op: 'replace', path: 'id', value: 'x' }], 'mutability'],
  ['meta', [{ op: 'remove', path: 'meta' }], 'mutability'],
  ['meta.version', [{ op: 'replace', path: 'meta.version', value: 'W/"1"' }], 'mutability'],
  ['schemas', [{ op: 'add', path: 'schemas', value: [ENTERPRISE] }], 'mutability'],
  ['groups', [{ op: 'add', path: 'groups', value: [{ value: 'g1' }] }], 'mutability'],
  ['a groups value path', [{ op: 'remove', path: 'groups[value eq "g1"]' }], 'mutability'],
  ['id in a no-path value', [{ op: 'replace', value: { id: 'x', active: false } }], 'mutability'],
  [
    'manager.displayName',
    [{ op: 'replace', path: `${ENTERPRISE}:manager.displayName`, value: 'Boss' }],
    'mutability',
  ],
];

const VALUES: ErrorCase[] = [
  ['a remove of userName', [{ op: 'remove', path: 'userName' }], 'invalidValue'],
  ['a replace of userName by null', [{ op: 'replace', path: 'userName', value: null }], 'invalidValue'],
  ['a no-path value that is not an object', [{ op: 'replace', value: 'x' }], 'invalidValue'],
  [
    'an extension value that is not an object',
    [{ op: 'replace', path: ENTERPRISE, value: 'x' }],
    'invalidValue',
  ],
  [
    'a string for a complex attribute',
    [{ op: 'replace', path: 'name', value: 'Ada Lovelace' }],
    'invalidValue',
  ],
  [
    'an object for a simple attribute',
    [{ op: 'replace', path: 'displayName', value: { text: 'x' } }],
    'invalidValue',
  ],
  ['an array for a simple attribute', [{ op: 'replace', path: 'active', value: [false] }], 'invalidValue'],
  [
    'a null entry of a multi-valued attribute',
    [{ op: 'add', path: 'emails', value: [null] }],
    'invalidValue',
  ],
  [
    'a sub-attribute given twice in two cases',
    [{ op: 'replace', path: 'name', value: { givenName: 'A', GIVENNAME: 'B' } }],
    'invalidSyntax',
  ],
];

function failureOf(run: () => unknown): ScimError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScimError) return error;
    throw error;
  }
  throw new Error('expected a ScimError, but the call succeeded');
}

describe(applyPatchOperations.name, () => {
  const sut = applyPatchOperations;

  describe.each([
    ['refuses the envelope', ENVELOPE],
    ['refuses the address', ADDRESSING],
    ['refuses readOnly targets', MUTABILITY],
    ['refuses the value', VALUES],
  ])('%s', (_group, cases) => {
    it.each(cases)('should refuse %s', (_title, operations, scimType) => {
      const error = failureOf(() => sut(USER, operations));

      expect({ status: error.status, scimType: error.scimType }).toEqual({ status: 400, scimType });
    });
  });

  it('should name the failing operation in the detail', () => {
    const error = failureOf(() =>
      sut(USER, [
        { op: 'replace', path: 'title', value: 'x' },
        { op: 'Replace', path: 'nosuchattribute', value: 'x' },
      ]),
    );

    expect(error.detail).toMatch(/^PATCH operation 2 \(replace\): .*'nosuchattribute'/);
  });

  it('should shorten a hostile path echoed in the detail', () => {
    const error = failureOf(() => sut(USER, [{ op: 'replace', path: `x${'a'.repeat(3000)}`, value: 1 }]));

    expect(error.detail.length).toBeLessThan(300);
  });

  it('should never write to Object.prototype', () => {
    const operations = [
      JSON.parse('{"op":"add","value":{"__proto__":{"polluted":true}}}'),
      { op: 'add', path: 'constructor.prototype', value: { polluted: true } },
      { op: 'add', path: '__proto__.polluted', value: true },
    ];

    for (const operation of operations) failureOf(() => sut(USER, [operation]));

    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
