import { provision, startHardeningApps, type HardeningApps } from './hardening-apps';
import { expectScimError, HttpScimClient, patchBody, userBody, type ScimUserWire } from './hardening-helpers';

interface ListWire {
  totalResults: number;
  Resources: ScimUserWire[];
}

const filter = (expression: string): string => `/Users?filter=${encodeURIComponent(expression)}`;

/** Hostile or broken input gets a well-formed SCIM 4xx: never a 500, a stack trace, SQL or a file path. */
describe('Hostile input on the SCIM API', () => {
  let apps: HardeningApps;
  let client: HttpScimClient;
  let target: ScimUserWire;

  beforeAll(async () => {
    apps = await startHardeningApps({ env: { RATE_LIMIT_PER_SECOND: '0' } });
    client = new HttpScimClient(apps.scimUrl, (await provision(apps)).scimToken);
    target = await client.createUser('target@x.com');
  });

  afterAll(() => apps.close());

  describe('malformed JSON', () => {
    it.each([
      ['a truncated document', '{"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": '],
      ['a trailing comma', '{"userName": "x@x.com",}'],
      ['single quotes', "{'userName': 'x@x.com'}"],
      ['a bare string', '"x@x.com"'],
      ['NaN', '{"userName": NaN}'],
      ['control bytes', '\u0000\u0001\u0002'],
    ])('should answer %s with 400 invalidSyntax', async (_, body) => {
      expectScimError(await client.send('post', '/Users', body), 400, 'invalidSyntax');
    });

    it('should answer a PATCH with malformed JSON with 400 invalidSyntax', async () => {
      expectScimError(
        await client.send('patch', `/Users/${target.id}`, '{"Operations": [{"op": '),
        400,
        'invalidSyntax',
      );
    });
  });

  describe('wrong types and bad values', () => {
    it.each([
      ['a numeric userName', userBody('x', { userName: 42 })],
      ['an object userName', userBody('x', { userName: { value: 'x' } })],
      ['an empty userName', userBody('')],
      ['a 10,000-character userName', userBody('u'.repeat(10_000))],
      ['a NUL byte in userName', userBody('nul\u0000@x.com')],
      [
        'a NUL byte in name.givenName',
        userBody('nul.given@x.com', { name: { givenName: 'a\u0000', familyName: 'b' } }),
      ],
      ['an unpaired surrogate in userName', userBody('\ud800@x.com')],
      ['emails as an object', userBody('emails@x.com', { emails: { value: 'a@x.com' } })],
      ['active as "yes"', userBody('active@x.com', { active: 'yes' })],
      ['name as a string', userBody('name@x.com', { name: 'Jane' })],
      ['an array body', []],
    ])('should refuse %s with 400', async (_, body) => {
      expectScimError(await client.send('post', '/Users', body), 400);
    });

    it('should refuse a NUL byte in a PATCH value with 400', async () => {
      const res = await client.send(
        'patch',
        `/Users/${target.id}`,
        patchBody({ op: 'replace', path: 'displayName', value: 'x\u0000y' }),
      );
      expectScimError(res, 400);
    });
  });

  describe('Unicode normalisation', () => {
    /**
     * Decision: userNames are stored and compared as sent (code points, case-insensitively), without Unicode
     * normalisation. "josé" in NFC (U+00E9) and in NFD (e + U+0301) are two different userNames. Entra and Okta send
     * the same bytes for the same user every cycle, and rewriting what an IdP sent would make it see a change and PUT
     * again (idp-behaviour §3.4 on case normalisation).
     */
    it('should treat NFC and NFD spellings as two different userNames, and find each by its own spelling', async () => {
      const nfc = 'jos\u00e9@x.com';
      const nfd = 'jose\u0301@x.com';

      const created = [
        await client.send('post', '/Users', userBody(nfc)),
        await client.send('post', '/Users', userBody(nfd)),
      ];

      expect(created.map((res) => res.status)).toEqual([201, 201]);
      for (const spelling of [nfc, nfd]) {
        const list = (await client.send('get', filter(`userName eq "${spelling}"`)).expect(200))
          .body as ListWire;
        expect(list.Resources.map((user) => user.userName)).toEqual([spelling]);
      }
    });
  });

  describe('filter injection', () => {
    beforeAll(async () => {
      await client.createUser('a_b');
      await client.createUser('a%b');
    });

    it.each([
      ['a tautology', 'userName eq "x" or 1 eq 1'],
      ['an unterminated string', 'userName eq "x'],
      ['a SQL comment', 'userName eq "x" --'],
      ['a NUL byte', 'userName eq "a\u0000"'],
    ])('should refuse %s with 400 invalidFilter', async (_, expression) => {
      expectScimError(await client.send('get', filter(expression)), 400, 'invalidFilter');
    });

    it.each([
      ['an SQL quote', `userName eq "x' OR '1'='1"`],
      ['an escaped JSON quote', 'userName eq "x\\" or \\"1\\"=\\"1"'],
      ['_ as a LIKE wildcard', 'userName eq "a_c"'],
      ['% as a LIKE wildcard', 'userName eq "a%"'],
      ['% in the middle', 'userName eq "a%c"'],
    ])('should treat %s as a literal and match nothing', async (_, expression) => {
      const list = (await client.send('get', filter(expression)).expect(200)).body as ListWire;
      expect(list.totalResults).toBe(0);
    });

    it('should find a userName with _ or % only by its exact value', async () => {
      for (const userName of ['a_b', 'a%b']) {
        const list = (await client.send('get', filter(`userName eq "${userName}"`)).expect(200))
          .body as ListWire;
        expect(list.Resources.map((user) => user.userName)).toEqual([userName]);
      }
    });

    it.each([
      ['an encoded lone surrogate', 'userName%20eq%20%22%ED%A0%80%22'],
      ['a stray continuation byte', 'userName%20eq%20%22%FF%22'],
      ['a broken percent escape', 'userName%20eq%20%22%E0%A4%A%22'],
    ])('should answer a filter with %s (invalid UTF-8) without a 500', async (_, raw) => {
      const res = await client.send('get', `/Users?filter=${raw}`);
      expect(res.status).toBeLessThan(500);
      if (res.status >= 400) expectScimError(res, res.status);
    });

    it('should refuse a filter longer than 4096 characters with 400', async () => {
      expectScimError(await client.send('get', filter(`userName eq "${'x'.repeat(5000)}"`)), 400);
    });
  });

  describe('PATCH abuse', () => {
    it('should refuse 10,000 operations with 400, without applying any', async () => {
      const operations = Array.from({ length: 10_000 }, (_, i) => ({
        op: 'replace',
        path: 'displayName',
        value: `n${i}`,
      }));

      expectScimError(await client.send('patch', `/Users/${target.id}`, patchBody(...operations)), 400);
      const after = (await client.send('get', `/Users/${target.id}`).expect(200)).body as ScimUserWire;
      expect(after.meta.version).toBe(target.meta.version);
    });

    it.each([
      ['replace id', { op: 'replace', path: 'id', value: 'other' }],
      ['replace meta', { op: 'replace', path: 'meta', value: { version: 'W/"1"' } }],
      ['replace meta.version', { op: 'replace', path: 'meta.version', value: 'W/"99"' }],
      ['remove meta', { op: 'remove', path: 'meta' }],
      ['remove id', { op: 'remove', path: 'id' }],
      ['a no-path replace of id', { op: 'replace', value: { id: 'other' } }],
      ['a path with a filter on meta', { op: 'replace', path: 'meta[version eq "x"].created', value: 'x' }],
    ])('should refuse %s with 400', async (_, operation) => {
      expectScimError(await client.send('patch', `/Users/${target.id}`, patchBody(operation)), 400);
    });
  });

  describe('ids and query parameters', () => {
    it.each([
      ['a NUL byte', '%00'],
      ['5,000 characters', 'x'.repeat(5000)],
      ['SQL', encodeURIComponent("1' OR '1'='1")],
    ])('should answer an id of %s with 404', async (_, id) => {
      const res = await client.send('get', `/Users/${id}`);
      expectScimError(res, 404);
    });

    it.each([
      ['a huge count', '/Users?count=99999999999999999999'],
      ['a negative startIndex', '/Users?startIndex=-5'],
      ['a non-numeric count', '/Users?count=abc'],
      ['an unknown parameter', '/Users?sql=1'],
    ])('should answer %s without a 500', async (_, path) => {
      const res = await client.send('get', path);
      expect(res.status).toBeLessThan(500);
      if (res.status >= 400) expectScimError(res, res.status);
    });
  });
});
