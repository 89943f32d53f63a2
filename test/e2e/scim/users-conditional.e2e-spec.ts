import type { ScimUser } from '@app/scim-core';
import { startTestApps, type TestApps } from '../../support/test-apps';
import { expectScimError, patchBody, provisionScimOrg, userBody, type ScimOrg } from './scim-helpers';

/** Versioned requests (RFC 7644 §3.14): meta.version is the ETag; If-Match guards writes, If-None-Match reads. */
describe('ETag preconditions on /api/scim/Users/{id}', () => {
  let apps: TestApps;
  let org: ScimOrg;

  beforeAll(async () => {
    apps = await startTestApps();
    org = await provisionScimOrg(apps);
  });

  afterAll(async () => {
    await apps.close();
  });

  /** A user at version 2, so W/"1" is stale. */
  const userAtVersion2 = async (userName: string): Promise<ScimUser> => {
    const created = await org.scim.createUser(userBody(userName));
    const res = await org.scim.patch(
      `/Users/${created.id}`,
      patchBody({ op: 'replace', path: 'displayName', value: 'v2' }),
    );
    expect(res.headers.etag).toBe('W/"2"');
    return res.body as ScimUser;
  };

  describe('If-Match', () => {
    it.each([
      [
        'PUT',
        (id: string) => org.scim.put(`/Users/${id}`, userBody('stale.put@x.com', { displayName: 'v3' })),
      ],
      [
        'PATCH',
        (id: string) =>
          org.scim.patch(`/Users/${id}`, patchBody({ op: 'replace', path: 'displayName', value: 'v3' })),
      ],
      ['DELETE', (id: string) => org.scim.delete(`/Users/${id}`)],
    ])('should refuse %s with a stale version with 412 and change nothing', async (method, send) => {
      const user = await userAtVersion2(`stale.${method.toLowerCase()}@x.com`);

      const res = await send(user.id).set('If-Match', 'W/"1"');

      expectScimError(res, 412);
      expect(await org.scim.getUser(user.id)).toEqual(user);
    });

    it.each([
      [
        'PUT',
        200,
        (id: string) => org.scim.put(`/Users/${id}`, userBody('fresh.put@x.com', { displayName: 'v3' })),
      ],
      [
        'PATCH',
        200,
        (id: string) =>
          org.scim.patch(`/Users/${id}`, patchBody({ op: 'replace', path: 'displayName', value: 'v3' })),
      ],
      ['DELETE', 204, (id: string) => org.scim.delete(`/Users/${id}`)],
    ])('should apply %s with the current version', async (method, status, send) => {
      const user = await userAtVersion2(`fresh.${method.toLowerCase()}@x.com`);

      const res = await send(user.id).set('If-Match', 'W/"2"');

      expect(res.status).toBe(status);
    });
  });

  describe('If-None-Match', () => {
    it('should answer 304 without a body when the client holds the current version', async () => {
      const user = await userAtVersion2('cached@x.com');

      const res = await org.scim.get(`/Users/${user.id}`).set('If-None-Match', 'W/"2"');

      expect(res.status).toBe(304);
      expect(res.text).toBe('');
    });

    it('should answer 200 with the resource when the client holds an older version', async () => {
      const user = await userAtVersion2('outdated@x.com');

      const res = await org.scim.get(`/Users/${user.id}`).set('If-None-Match', 'W/"1"');

      expect(res.status).toBe(200);
      expect(res.headers.etag).toBe('W/"2"');
      expect(res.body).toEqual(user);
    });
  });
});
