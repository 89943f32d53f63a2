import fc from 'fast-check';
import type request from 'supertest';
import { provision, startHardeningApps, type HardeningApps } from './hardening-apps';
import {
  CORE_USER_SCHEMA,
  expectNoLeak,
  HttpScimClient,
  PATCH_OP_SCHEMA,
  type ScimUserWire,
} from './hardening-helpers';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const RUNS = 120;

/** Strings that break naive code: empty, huge, control characters, lone surrogates, quotes, wildcards, unicode. */
const nastyString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\ud800',
    'a'.repeat(2000),
    '" or 1 eq 1',
    "'; DROP TABLE members; --",
    '%',
    '_',
    'jose\u0301',
    'True',
    'False',
    'null',
  ),
);

const anyValue = fc.oneof(
  nastyString,
  fc.jsonValue({ maxDepth: 3 }),
  fc.boolean(),
  fc.integer(),
  fc.constant(null),
);

const userNameValue = fc.oneof(fc.emailAddress(), nastyString, fc.integer(), fc.constant(undefined));

/** Mostly User-shaped bodies, with every member possibly of the wrong type, plus unknown members. */
const postBody = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        schemas: fc.oneof(
          fc.constant([CORE_USER_SCHEMA]),
          fc.constant([CORE_USER_SCHEMA, ENTERPRISE]),
          anyValue,
        ),
        userName: userNameValue,
        name: fc.oneof(
          fc.record({ givenName: anyValue, familyName: anyValue }, { requiredKeys: [] }),
          anyValue,
        ),
        displayName: anyValue,
        active: anyValue,
        externalId: anyValue,
        emails: fc.oneof(
          fc.array(fc.record({ value: anyValue, type: anyValue, primary: anyValue }, { requiredKeys: [] }), {
            maxLength: 4,
          }),
          anyValue,
        ),
        [ENTERPRISE]: fc.oneof(
          fc.record(
            { department: anyValue, manager: anyValue, employeeNumber: anyValue },
            { requiredKeys: [] },
          ),
          anyValue,
        ),
        extra: anyValue,
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue() },
);

const patchPath = fc.oneof(
  fc.constantFrom(
    'active',
    'displayName',
    'name.givenName',
    'name',
    'emails',
    'emails[type eq "work"].value',
    'emails[value eq "x"]',
    'userName',
    'externalId',
    'id',
    'meta',
    'meta.version',
    'schemas',
    `${ENTERPRISE}:department`,
    `${ENTERPRISE}:manager`,
    'urn:ietf:params:scim:schemas:core:2.0:User:active',
    'emails[',
    'emails[type eq "work"',
    'x.y.z',
    '',
  ),
  nastyString,
  fc.constant(undefined),
);

const operation = fc.record(
  {
    op: fc.oneof(fc.constantFrom('add', 'remove', 'replace', 'Add', 'Replace', 'Remove', 'move'), anyValue),
    path: patchPath,
    value: fc.oneof(
      anyValue,
      fc.dictionary(
        fc.oneof(
          patchPath.filter((path): path is string => typeof path === 'string'),
          fc.string(),
        ),
        anyValue,
        { maxKeys: 4 },
      ),
    ),
  },
  { requiredKeys: [] },
);

const patchRequest = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record(
      {
        schemas: fc.oneof(fc.constant([PATCH_OP_SCHEMA]), anyValue),
        Operations: fc.array(operation, { minLength: 0, maxLength: 8 }),
      },
      { requiredKeys: ['Operations'] },
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue() },
);

/** Every UTF-8 byte percent-encoded (encodeURIComponent throws on a lone surrogate; Buffer makes it U+FFFD). */
function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
}

/** Only a success or a well-formed SCIM client error; never a 5xx, never internals in the body. */
function expectWellFormed(res: request.Response): void {
  if (res.status >= 500) throw new Error(`${res.status} for generated input: ${res.text}`);
  expectNoLeak(res.text);
  if (res.status >= 400) {
    expect(res.type).toBe('application/scim+json');
    const body = JSON.parse(res.text) as { schemas: string[]; status: string; detail: unknown };
    expect(body.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
    expect(body.status).toBe(String(res.status));
    expect(typeof body.detail).toBe('string');
  } else {
    expect([200, 201, 204]).toContain(res.status);
  }
}

describe('Generated SCIM requests (property-based, over HTTP)', () => {
  let apps: HardeningApps;
  let client: HttpScimClient;
  let target: ScimUserWire;

  beforeAll(async () => {
    apps = await startHardeningApps({ env: { RATE_LIMIT_PER_SECOND: '0' } });
    client = new HttpScimClient(apps.scimUrl, (await provision(apps)).scimToken);
    target = await client.createUser('generated.target@x.com');
  });

  afterAll(() => apps.close());

  it('should answer every generated POST /Users body with 201 or a SCIM 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(postBody, async (body) => {
        expectWellFormed(await client.send('post', '/Users', JSON.stringify(body)));
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('should answer every generated PATCH operation list with 200 or a SCIM 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(patchRequest, async (body) => {
        expectWellFormed(await client.send('patch', `/Users/${target.id}`, JSON.stringify(body)));
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('should answer every generated PUT body with 200 or a SCIM 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(postBody, async (body) => {
        expectWellFormed(await client.send('put', `/Users/${target.id}`, JSON.stringify(body)));
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('should answer every generated filter with 200 or a SCIM 400', async () => {
    const expression = fc.oneof(
      nastyString,
      fc
        .tuple(
          fc.constantFrom('userName', 'UserName', 'externalId', 'emails.value', 'x'),
          fc.constantFrom('eq', 'ne', 'co', 'sw', 'pr', 'gt', 'or', 'and'),
          nastyString,
        )
        .map(([attribute, operator, value]) => `${attribute} ${operator} ${JSON.stringify(value)}`),
    );
    await fc.assert(
      fc.asyncProperty(expression, async (filter) => {
        expectWellFormed(await client.send('get', `/Users?filter=${percentEncode(filter)}`));
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
