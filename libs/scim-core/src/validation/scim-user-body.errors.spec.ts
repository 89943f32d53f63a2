import { ScimError, type ScimErrorType } from '../scim-error';
import { ENTERPRISE_USER_SCHEMA, LAMBDATEST_USER_SCHEMA } from '../scim-urns';
import { parseScimUserBody } from './scim-user-body.parser';

const ENTERPRISE = ENTERPRISE_USER_SCHEMA;
const PRODUCT = LAMBDATEST_USER_SCHEMA;
const valid = { userName: 'bjensen', name: { givenName: 'Barbara', familyName: 'Jensen' }, active: true };

interface ExpectedError {
  status: number;
  scimType: ScimErrorType | undefined;
  detail: string;
}

function errorOf(action: () => unknown): ExpectedError | undefined {
  try {
    action();
    return undefined;
  } catch (error) {
    if (!(error instanceof ScimError)) throw error;
    return { status: error.status, scimType: error.scimType, detail: error.detail };
  }
}

const syntax = (detail: string): ExpectedError => ({ status: 400, scimType: 'invalidSyntax', detail });
const value = (detail: string): ExpectedError => ({ status: 400, scimType: 'invalidValue', detail });
const notDefined = (name: string) => syntax(`Attribute '${name}' is not defined for the User resource type`);
const notObject = syntax('The request body must be a JSON object (RFC 7644 §3.3)');
const emails = (count: number) => Array.from({ length: count }, (_, i) => ({ value: `e${i}@example.com` }));

const badBodies: [string, unknown, ExpectedError][] = [
  ['null', null, notObject],
  ['an array', [valid], notObject],
  ['a string', JSON.stringify(valid), notObject],
  ['a number', 42, notObject],
  ['an unknown attribute', { ...valid, nickname2: 'x' }, notDefined('nickname2')],
  ['an unknown sub-attribute', { ...valid, name: { ...valid.name, nick: 'B' } }, notDefined('name.nick')],
  ['a sub-attribute of a simple attribute', { ...valid, 'title.x': 'y' }, notDefined('title.x')],
  ['two levels of sub-attributes', { ...valid, 'name.givenName.x': 'y' }, notDefined('name.givenName.x')],
  [
    'an unknown extension URN',
    { ...valid, 'urn:acme:2.0:User:badge': '7' },
    notDefined('urn:acme:2.0:User:badge'),
  ],
  [
    'an unknown extension attribute',
    { ...valid, [ENTERPRISE]: { badge: 7 } },
    notDefined(`${ENTERPRISE}:badge`),
  ],
  [
    'a URN inside an extension object',
    { ...valid, [ENTERPRISE]: { 'urn:x:y': 1 } },
    notDefined(`${ENTERPRISE}:urn:x:y`),
  ],
  [
    'a core URN used as an object',
    { ...valid, 'urn:ietf:params:scim:schemas:core:2.0:User': {} },
    notDefined('urn:ietf:params:scim:schemas:core:2.0:User'),
  ],
  ['an own __proto__ key', JSON.parse('{"__proto__": {"userName": "x"}}'), notDefined('__proto__')],
  ['a constructor key', { ...valid, constructor: 'x' }, notDefined('constructor')],
  ['a very long unknown name', { ...valid, ['a'.repeat(500)]: 1 }, notDefined(`${'a'.repeat(80)}…`)],
  ['no userName', { name: valid.name, active: true }, value("Attribute 'userName' is required")],
  ['a blank userName', { ...valid, userName: '  ' }, value("Attribute 'userName' is required")],
  [
    'a userName of 257 characters',
    { ...valid, userName: 'u'.repeat(257) },
    value("Attribute 'userName' must be at most 256 characters long"),
  ],
  [
    'a userName with a newline',
    { ...valid, userName: 'b\njensen' },
    value("Attribute 'userName' must not contain control characters"),
  ],
  [
    'a userName with NUL',
    { ...valid, userName: 'b\u0000' },
    value("Attribute 'userName' contains a NUL character or an unpaired surrogate"),
  ],
  ['a numeric userName', { ...valid, userName: 42 }, value("Attribute 'userName' must be a string")],
  ['no name', { userName: 'bjensen', active: true }, value("Attribute 'name.givenName' is required")],
  ['no familyName', { ...valid, name: { givenName: 'B' } }, value("Attribute 'name.familyName' is required")],
  [
    'a blank givenName',
    { ...valid, name: { givenName: '', familyName: 'J' } },
    value("Attribute 'name.givenName' is required"),
  ],
  ['no active on create', { userName: 'bjensen', name: valid.name }, value("Attribute 'active' is required")],
  ['active "yes"', { ...valid, active: 'yes' }, value("Attribute 'active' must be a boolean")],
  ['active 1', { ...valid, active: 1 }, value("Attribute 'active' must be a boolean")],
  [
    'name as a string',
    { ...valid, name: 'Barbara Jensen' },
    value("Attribute 'name' must be a complex value (a JSON object)"),
  ],
  [
    'a single email object',
    { ...valid, emails: { value: 'b@example.com' } },
    value("Attribute 'emails' must be an array (multi-valued)"),
  ],
  [
    'an email as a string',
    { ...valid, emails: ['b@example.com'] },
    value("Attribute 'emails' must be a complex value (a JSON object)"),
  ],
  ['101 emails', { ...valid, emails: emails(101) }, value("Attribute 'emails' must have at most 100 values")],
  ['a null email', { ...valid, emails: [null] }, value("Attribute 'emails' must not contain null")],
  [
    'two primary emails',
    {
      ...valid,
      emails: [
        { value: 'a', primary: true },
        { value: 'b', primary: 'True' },
      ],
    },
    value("Attribute 'emails' must have at most one primary value"),
  ],
  [
    'a title of 1025 characters',
    { ...valid, title: 't'.repeat(1025) },
    value("Attribute 'title' must be at most 1024 characters long"),
  ],
  [
    'a profileUrl of 2049 characters',
    { ...valid, profileUrl: 'h'.repeat(2049) },
    value("Attribute 'profileUrl' must be at most 2048 characters long"),
  ],
  [
    'an unpaired surrogate',
    { ...valid, title: 'a\ud800b' },
    value("Attribute 'title' contains a NUL character or an unpaired surrogate"),
  ],
  [
    'a NUL in an email',
    { ...valid, emails: [{ value: 'a\u0000' }] },
    value("Attribute 'emails.value' contains a NUL character or an unpaired surrogate"),
  ],
  [
    'a certificate that is not base64',
    { ...valid, x509Certificates: [{ value: 'not base64!' }] },
    value("Attribute 'x509Certificates.value' must be a base64 string (RFC 7643 §2.3.6)"),
  ],
  [
    'an unknown OrganizationRole',
    { ...valid, [PRODUCT]: { OrganizationRole: 'Owner' } },
    value(`Attribute '${PRODUCT}:OrganizationRole' must be one of Admin, Guest, User`),
  ],
  [
    'a numeric OrganizationRole',
    { ...valid, [PRODUCT]: { OrganizationRole: 1 } },
    value(`Attribute '${PRODUCT}:OrganizationRole' must be a string`),
  ],
  [
    'an extension as a string',
    { ...valid, [ENTERPRISE]: 'Eng' },
    value(`Attribute '${ENTERPRISE}' must be a complex value (a JSON object)`),
  ],
  [
    'a manager as a number',
    { ...valid, [ENTERPRISE]: { manager: 7 } },
    value(`Attribute '${ENTERPRISE}:manager' must be a complex value (a JSON object)`),
  ],
  [
    'userName twice in two cases',
    { ...valid, USERNAME: 'other' },
    syntax("Attribute 'userName' is given more than once"),
  ],
  [
    'givenName nested and dotted',
    { ...valid, 'name.givenName': 'B' },
    syntax("Attribute 'name.givenName' is given more than once"),
  ],
  [
    'givenName twice in one object',
    { ...valid, name: { givenName: 'a', GIVENNAME: 'b', familyName: 'J' } },
    syntax("Attribute 'name.givenName' is given more than once"),
  ],
  [
    'an extension attribute flat and nested',
    { ...valid, [ENTERPRISE]: { department: 'a' }, [`${ENTERPRISE}:department`]: 'b' },
    syntax(`Attribute '${ENTERPRISE}:department' is given more than once`),
  ],
  [
    'a dotted multi-valued sub-attribute',
    { ...valid, 'emails.value': 'b@example.com' },
    syntax("Attribute 'emails.value' must be sent as part of the whole array"),
  ],
  [
    'schemas as a string',
    { ...valid, schemas: 'urn:ietf:params:scim:schemas:core:2.0:User' },
    syntax("Attribute 'schemas' must be an array of at most 16 schema URIs"),
  ],
  [
    'schemas with a number',
    { ...valid, schemas: [1] },
    syntax("Attribute 'schemas' must contain strings only"),
  ],
  [
    'an unknown schema URI',
    { ...valid, schemas: ['urn:acme:User'] },
    value("Schema 'urn:acme:User' is not a schema of the User resource type"),
  ],
];

describe(parseScimUserBody.name, () => {
  const sut = parseScimUserBody;

  it.each(badBodies)('should reject %s', (_, body, expected) => {
    expect(errorOf(() => sut(body, { mode: 'create' }))).toEqual(expected);
  });

  it('should reject a body that is valid except for one bad value, whatever the mode', () => {
    const body = { ...valid, active: 'maybe' };

    expect(errorOf(() => sut(body, { mode: 'replace' }))).toEqual(
      value("Attribute 'active' must be a boolean"),
    );
  });
});
