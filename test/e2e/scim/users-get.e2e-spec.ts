import { randomUUID } from 'node:crypto';
import type { ScimUser } from '@app/scim-core';
import { startTestApps, type TestApps } from '../../support/test-apps';
import {
  expectScimError,
  patchBody,
  provisionScimOrg,
  queryDb,
  userBody,
  type ScimOrg,
  type ScimUserList,
} from './scim-helpers';

/** GET /Users/{id} (RFC 7644 §3.4.1) and the tenant boundary every SCIM route keeps. */
describe('GET /api/scim/Users/{id}', () => {
  let apps: TestApps;
  let acme: ScimOrg;
  let globex: ScimOrg;

  beforeAll(async () => {
    apps = await startTestApps();
    acme = await provisionScimOrg(apps, 'Acme');
    globex = await provisionScimOrg(apps, 'Globex');
  });

  afterAll(async () => {
    await apps.close();
  });

  it('should return the user with its ETag', async () => {
    const created = await acme.scim.createUser(userBody('get@x.com'));

    const res = await acme.scim.get(`/Users/${created.id}`);

    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe('W/"1"');
    expect(res.body).toEqual(created);
  });

  it.each([
    ['an unknown uuid', () => randomUUID()],
    ['a string that is not a uuid', () => 'not-a-uuid'],
    ['a numeric id', () => '12345'],
  ])('should answer 404 with a SCIM error for %s', async (_case, id) => {
    const res = await acme.scim.get(`/Users/${id()}`);

    expectScimError(res, 404);
  });

  describe('another organization', () => {
    let acmeUser: ScimUser;

    beforeAll(async () => {
      acmeUser = await acme.scim.createUser(userBody('shared.name@x.com'));
    });

    it("should not show another organization's user to GET, filter or list", async () => {
      expectScimError(await globex.scim.get(`/Users/${acmeUser.id}`), 404);
      expect((await globex.scim.findByUserName('shared.name@x.com')).totalResults).toBe(0);
      const list = (await globex.scim.list({ count: 200 })).body as ScimUserList;
      expect(list.Resources.map((user) => user.id)).not.toContain(acmeUser.id);
      expect(list.Resources.map((user) => user.id)).not.toContain(acme.adminId);
    });

    it("should answer 404 to PUT, PATCH and DELETE of another organization's user and change nothing", async () => {
      const put = await globex.scim.put(
        `/Users/${acmeUser.id}`,
        userBody('shared.name@x.com', { displayName: 'Hijacked' }),
      );
      const patch = await globex.scim.patch(
        `/Users/${acmeUser.id}`,
        patchBody({ op: 'replace', path: 'active', value: false }),
      );
      const del = await globex.scim.delete(`/Users/${acmeUser.id}`);

      expectScimError(put, 404);
      expectScimError(patch, 404);
      expectScimError(del, 404);
      expect(await acme.scim.getUser(acmeUser.id)).toEqual(acmeUser);
    });

    it("should not let another organization's token reach its console owner", async () => {
      expectScimError(await globex.scim.get(`/Users/${acme.adminId}`), 404);
      expectScimError(
        await globex.scim.patch(
          `/Users/${acme.adminId}`,
          patchBody({ op: 'replace', path: 'active', value: false }),
        ),
        404,
      );
      expectScimError(await globex.scim.delete(`/Users/${acme.adminId}`), 404);
    });

    it('should let the same userName exist in both organizations as two users', async () => {
      const globexUser = await globex.scim.createUser(userBody('SHARED.NAME@x.com'));

      expect(globexUser.id).not.toBe(acmeUser.id);
      expect(
        (await globex.scim.findByUserName('shared.name@x.com')).Resources.map((user) => user.id),
      ).toEqual([globexUser.id]);
      expect((await acme.scim.findByUserName('shared.name@x.com')).Resources.map((user) => user.id)).toEqual([
        acmeUser.id,
      ]);
      const rows = await queryDb<{ n: number }>(
        apps.db.url,
        'SELECT count(*)::int AS n FROM members WHERE lower(user_name) = $1 AND deleted_at IS NULL',
        ['shared.name@x.com'],
      );
      expect(rows[0].n).toBe(2);
    });
  });
});
