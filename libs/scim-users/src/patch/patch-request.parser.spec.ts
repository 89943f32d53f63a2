import { PATCH_OP_SCHEMA, ScimError, type ScimErrorType } from '@app/scim-core';
import { MAX_PATCH_OPERATIONS, parsePatchRequest } from './patch-request.parser';

function failureOf(run: () => unknown): ScimError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScimError) return error;
    throw error;
  }
  throw new Error('expected a ScimError, but the call succeeded');
}

describe(parsePatchRequest.name, () => {
  const sut = parsePatchRequest;

  it('should return the operations with op in lower case', () => {
    const body = {
      schemas: [PATCH_OP_SCHEMA],
      Operations: [
        { op: 'Replace', path: 'active', value: 'False' },
        { op: 'ADD', value: { 'name.givenName': 'Ada' } },
        { op: 'remove', path: 'title' },
      ],
    };

    expect(sut(body)).toEqual([
      { op: 'replace', path: 'active', value: 'False' },
      { op: 'add', value: { 'name.givenName': 'Ada' } },
      { op: 'remove', path: 'title' },
    ]);
  });

  it('should accept a body without schemas', () => {
    expect(sut({ Operations: [{ op: 'replace', value: { active: false } }] })).toEqual([
      { op: 'replace', value: { active: false } },
    ]);
  });

  it('should read member names in any letter case', () => {
    const body = {
      SCHEMAS: [PATCH_OP_SCHEMA.toUpperCase()],
      operations: [{ OP: 'Replace', Path: 'active', VALUE: false }],
    };

    expect(sut(body)).toEqual([{ op: 'replace', path: 'active', value: false }]);
  });

  it('should treat an empty path as no path', () => {
    expect(sut({ Operations: [{ op: 'replace', path: '', value: { active: false } }] })).toEqual([
      { op: 'replace', value: { active: false } },
    ]);
  });

  it('should keep a null value of a replace, which unassigns', () => {
    expect(sut({ Operations: [{ op: 'replace', path: 'title', value: null }] })).toEqual([
      { op: 'replace', path: 'title', value: null },
    ]);
  });

  it(`should accept ${MAX_PATCH_OPERATIONS} operations`, () => {
    const Operations = Array.from({ length: MAX_PATCH_OPERATIONS }, () => ({ op: 'remove', path: 'title' }));

    expect(sut({ Operations })).toHaveLength(MAX_PATCH_OPERATIONS);
  });

  it.each<[string, unknown, ScimErrorType]>([
    ['a body that is not an object', [{ op: 'add' }], 'invalidSyntax'],
    ['a null body', null, 'invalidSyntax'],
    [
      'schemas naming another message',
      { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], Operations: [{ op: 'add', value: {} }] },
      'invalidSyntax',
    ],
    [
      'schemas that are not an array',
      { schemas: PATCH_OP_SCHEMA, Operations: [{ op: 'add', value: {} }] },
      'invalidSyntax',
    ],
    ['Operations given twice', { Operations: [{ op: 'add', value: {} }], operations: [] }, 'invalidSyntax'],
    ['op given twice', { Operations: [{ op: 'add', Op: 'remove', value: {} }] }, 'invalidSyntax'],
    ['no Operations', { schemas: [PATCH_OP_SCHEMA] }, 'invalidSyntax'],
    ['an unknown op', { Operations: [{ op: 'copy', path: 'title' }] }, 'invalidSyntax'],
  ])('should refuse %s', (_title, body, scimType) => {
    const error = failureOf(() => sut(body));

    expect({ status: error.status, scimType: error.scimType }).toEqual({ status: 400, scimType });
  });

  it('should name an unknown op in the detail', () => {
    expect(failureOf(() => sut({ Operations: [{ op: 'Move' }] })).detail).toContain('"Move"');
  });
});
