import { randomUUID } from 'node:crypto';
import { startTestApps, type TestApps } from '../../support/test-apps';
import {
  expectScimError,
  OWNER_USER_NAME,
  provisionScimOrg,
  userBody,
  type ScimOrg,
  type ScimUserList,
} from './scim-helpers';

/** GET /Users and POST /Users/.search (RFC 7644 §3.4.2, §3.4.3) as Entra and Okta page and filter them. */
describe('GET /api/scim/Users', () => {
  let apps: TestApps;
  let org: ScimOrg;
  /** The owner (a console member) and then the 12 SCIM users, in creation order. */
  let everyone: string[];

  beforeAll(async () => {
    apps = await startTestApps();
    org = await provisionScimOrg(apps);
    everyone = [OWNER_USER_NAME];
    for (let i = 1; i <= 12; i += 1) {
      const userName = i === 1 ? 'jo@x.com' : `user${String(i).padStart(2, '0')}@x.com`;
      const emails = [{ value: userName, type: 'work', primary: true }];
      await org.scim.createUser(userBody(userName, { emails }));
      everyone.push(userName);
    }
  });

  afterAll(async () => {
    await apps.close();
  });

  const page = async (query: Record<string, string | number>): Promise<ScimUserList> => {
    const res = await org.scim.list(query);
    expect(res.status).toBe(200);
    return res.body as ScimUserList;
  };

  describe('filter', () => {
    it("should answer Entra's Test Connection (a random GUID) with 200 and an empty ListResponse", async () => {
      const res = await org.scim.list({ filter: `userName eq "${randomUUID()}"` });

      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
        totalResults: 0,
        startIndex: 1,
        itemsPerPage: 0,
        Resources: [],
      });
    });

    it.each([
      ['a differently cased value', 'userName eq "JO@X.COM"'],
      ['a differently cased attribute and operator', 'UserName EQ "jo@x.com"'],
      ['the core schema URN prefix', 'urn:ietf:params:scim:schemas:core:2.0:User:userName eq "Jo@X.com"'],
    ])('should find jo@x.com by %s', async (_case, filter) => {
      const body = await page({ filter });

      expect(body.totalResults).toBe(1);
      expect(body.itemsPerPage).toBe(1);
      expect(body.Resources.map((user) => user.userName)).toEqual(['jo@x.com']);
    });

    it.each([
      ['another attribute', 'externalId eq "x"'],
      ['another operator', 'userName co "x"'],
      ['a disjunction', 'userName eq "a" or userName eq "b"'],
      ['a conjunction', 'userName eq "a" and userName eq "b"'],
      ['a malformed expression', 'userName eq'],
      ['an unterminated string', 'userName eq "jo@x.com'],
    ])('should refuse %s with 400 invalidFilter', async (_case, filter) => {
      const res = await org.scim.list({ filter });

      expectScimError(res, 400, 'invalidFilter');
    });
  });

  describe('paging', () => {
    it('should list everyone with integer counts when no paging is asked', async () => {
      const body = await page({});

      expect(body).toMatchObject({ totalResults: 13, startIndex: 1, itemsPerPage: 13 });
      expect(body.Resources.map((user) => user.userName)).toEqual(everyone);
    });

    it('should treat startIndex=0 as 1', async () => {
      const body = await page({ startIndex: 0, count: 3 });

      expect(body.startIndex).toBe(1);
      expect(body.Resources.map((user) => user.userName)).toEqual(everyone.slice(0, 3));
    });

    it('should treat count=-1 as 0 and still report the exact total', async () => {
      const body = await page({ count: -1 });

      expect(body).toMatchObject({ totalResults: 13, itemsPerPage: 0, Resources: [] });
    });

    it('should clamp a count above the advertised maximum of 200', async () => {
      const body = await page({ count: 1000 });

      expect(body.itemsPerPage).toBeLessThanOrEqual(200);
      expect(body.itemsPerPage).toBe(13);
      expect(body.totalResults).toBe(13);
    });

    it('should return pages of 5 that concatenate to the full set in a stable order, without duplicates', async () => {
      const seen: string[] = [];
      for (let startIndex = 1; startIndex <= 13; startIndex += 5) {
        const body = await page({ startIndex, count: 5 });
        expect(body.startIndex).toBe(startIndex);
        expect(body.totalResults).toBe(13);
        seen.push(...body.Resources.map((user) => user.id));
      }
      const all = await page({ count: 200 });

      expect(seen).toEqual(all.Resources.map((user) => user.id));
      expect(new Set(seen).size).toBe(13);
    });

    it('should return an empty page past the end, with the exact total', async () => {
      const body = await page({ startIndex: 101, count: 100 });

      expect(body).toMatchObject({ totalResults: 13, startIndex: 101, itemsPerPage: 0, Resources: [] });
    });

    it.each([
      ['startIndex=abc', { startIndex: 'abc' }],
      ['count=ten', { count: 'ten' }],
    ])('should refuse %s with a SCIM 400', async (_case, query) => {
      const res = await org.scim.list(query);

      expectScimError(res, 400);
    });
  });

  describe('projection', () => {
    it('should return only id, userName and schemas for attributes=userName', async () => {
      const body = await page({ filter: 'userName eq "jo@x.com"', attributes: 'userName' });
      const [user] = body.Resources;

      expect(Object.keys(user).sort()).toEqual(['id', 'schemas', 'userName']);
    });

    it('should drop emails for excludedAttributes=emails and keep the rest', async () => {
      const full = await page({ filter: 'userName eq "jo@x.com"' });
      const body = await page({ filter: 'userName eq "jo@x.com"', excludedAttributes: 'emails' });
      const [user] = body.Resources;

      expect(full.Resources[0].emails).toEqual([{ value: 'jo@x.com', type: 'work', primary: true }]);
      expect(user.emails).toBeUndefined();
      expect(user).toMatchObject({ userName: 'jo@x.com', active: true, name: { givenName: 'Given' } });
    });
  });

  describe('POST /Users/.search', () => {
    const search = (body: Record<string, unknown>) =>
      org.scim.post('/Users/.search', {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'],
        ...body,
      });

    it('should find by userName without case, like GET', async () => {
      const res = await search({ filter: 'userName eq "JO@X.COM"', attributes: ['userName'] });

      expect(res.status).toBe(200);
      const body = res.body as ScimUserList;
      expect(body.totalResults).toBe(1);
      expect(Object.keys(body.Resources[0]).sort()).toEqual(['id', 'schemas', 'userName']);
    });

    it('should page and clamp like GET', async () => {
      const first = await search({ startIndex: 0, count: 5 });
      const clamped = await search({ count: 1000 });
      const none = await search({ count: -1 });

      expect(first.status).toBe(200);
      expect((first.body as ScimUserList).Resources.map((user) => user.userName)).toEqual(
        everyone.slice(0, 5),
      );
      expect(clamped.body).toMatchObject({ totalResults: 13, itemsPerPage: 13 });
      expect(none.body).toMatchObject({ totalResults: 13, itemsPerPage: 0, Resources: [] });
    });

    it('should refuse an unsupported filter with 400 invalidFilter', async () => {
      const res = await search({ filter: 'externalId eq "x"' });

      expectScimError(res, 400, 'invalidFilter');
    });

    it('should refuse a non-integer startIndex with a SCIM 400', async () => {
      const res = await search({ startIndex: 'abc' });

      expectScimError(res, 400);
    });
  });
});
