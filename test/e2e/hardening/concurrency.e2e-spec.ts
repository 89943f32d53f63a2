import { provision, startHardeningApps, type HardeningApps } from './hardening-apps';
import {
  expectScimError,
  HttpScimClient,
  patchBody,
  userBody,
  versionOf,
  type ScimUserWire,
} from './hardening-helpers';

const PARALLEL = 50;

/**
 * Real parallel HTTP requests against a listening server: each write locks its row (SELECT … FOR UPDATE) or is one
 * INSERT … ON CONFLICT statement, so none is lost and none answers 500 however they interleave.
 */
describe('Concurrent SCIM writes', () => {
  let apps: HardeningApps;
  let client: HttpScimClient;

  beforeAll(async () => {
    apps = await startHardeningApps({ env: { RATE_LIMIT_PER_SECOND: '0' } });
    client = new HttpScimClient(apps.scimUrl, (await provision(apps)).scimToken);
  });

  afterAll(() => apps.close());

  it(`should apply ${PARALLEL} concurrent PATCHes of one user, each 200, and count every one in meta.version`, async () => {
    const user = await client.createUser('concurrent.patch@x.com');
    const sent = Array.from({ length: PARALLEL }, (_, i) => `Name ${i}`);

    const responses = await Promise.all(
      sent.map((displayName) =>
        client.send(
          'patch',
          `/Users/${user.id}`,
          patchBody({ op: 'replace', path: 'displayName', value: displayName }),
        ),
      ),
    );

    expect(responses.map((res) => res.status)).toEqual(sent.map(() => 200));
    const versions = responses.map((res) => versionOf(res.body as ScimUserWire)).sort((a, b) => a - b);
    expect(versions).toEqual(sent.map((_, i) => versionOf(user) + 1 + i));
    const final = (await client.send('get', `/Users/${user.id}`).expect(200)).body as ScimUserWire;
    expect(sent).toContain(final.displayName);
    expect(versionOf(final)).toBe(versionOf(user) + PARALLEL);
  });

  it(`should let exactly one of ${PARALLEL} concurrent PATCHes with the same If-Match win, the rest 412`, async () => {
    const user = await client.createUser('concurrent.ifmatch@x.com');
    const sent = Array.from({ length: PARALLEL }, (_, i) => `Name ${i}`);

    const responses = await Promise.all(
      sent.map((displayName) =>
        client
          .send(
            'patch',
            `/Users/${user.id}`,
            patchBody({ op: 'replace', path: 'displayName', value: displayName }),
          )
          .set('If-Match', user.meta.version),
      ),
    );

    const winners = responses.filter((res) => res.status === 200);
    expect(winners).toHaveLength(1);
    for (const res of responses.filter((candidate) => candidate.status !== 200)) expectScimError(res, 412);
    const final = (await client.send('get', `/Users/${user.id}`).expect(200)).body as ScimUserWire;
    expect(final.displayName).toBe((winners[0].body as ScimUserWire).displayName);
    expect(versionOf(final)).toBe(versionOf(user) + 1);
  });

  it(`should create one user from ${PARALLEL} concurrent POSTs of one userName: one 201, the rest 409 uniqueness`, async () => {
    const responses = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        client.send('post', '/Users', userBody(i % 2 === 0 ? 'race@x.com' : 'RACE@x.com')),
      ),
    );

    expect(responses.filter((res) => res.status === 201)).toHaveLength(1);
    for (const res of responses.filter((candidate) => candidate.status !== 201))
      expectScimError(res, 409, 'uniqueness');
    const list = await client.send('get', '/Users?filter=userName eq "race@x.com"').expect(200);
    expect((list.body as { totalResults: number }).totalResults).toBe(1);
  });

  it('should keep every acknowledged write across concurrent PATCHes of different users', async () => {
    const users = await Promise.all(
      Array.from({ length: 10 }, (_, i) => client.createUser(`many.${i}@x.com`)),
    );

    const responses = await Promise.all(
      users.flatMap((user) =>
        Array.from({ length: 5 }, (_, round) =>
          client.send(
            'patch',
            `/Users/${user.id}`,
            patchBody({ op: 'replace', path: 'title', value: `T${round}` }),
          ),
        ),
      ),
    );

    expect(responses.every((res) => res.status === 200)).toBe(true);
    for (const user of users) {
      const final = (await client.send('get', `/Users/${user.id}`).expect(200)).body as ScimUserWire;
      expect(versionOf(final)).toBe(versionOf(user) + 5);
    }
  });
});
