import type { ScimUser } from '@app/scim-core';
import { startTestApps, type TestApps } from '../../support/test-apps';
import {
  createSession,
  expectScimError,
  patchBody,
  provisionScimOrg,
  settingsStatus,
  userBody,
  type ScimOrg,
  type ScimUserList,
} from './scim-helpers';

/** Deprovisioning (soft: active=false; hard: DELETE) and rehire, as Entra and Okta drive them (idp-behaviour §1, §2). */
describe('User lifecycle on /api/scim/Users', () => {
  let apps: TestApps;
  let org: ScimOrg;

  beforeAll(async () => {
    apps = await startTestApps();
    org = await provisionScimOrg(apps);
  });

  afterAll(async () => {
    await apps.close();
  });

  /** A SCIM-provisioned member signed in to the console. */
  const signedInUser = async (userName: string): Promise<{ user: ScimUser; session: string }> => {
    const user = await org.scim.createUser(userBody(userName));
    const session = await createSession(apps, org.orgId, user.id);
    expect(await settingsStatus(apps, org.orgId, session)).toBe(200);
    return { user, session };
  };

  const listedIds = async (): Promise<string[]> =>
    ((await org.scim.list({ count: 200 })).body as ScimUserList).Resources.map((user) => user.id);

  describe('DELETE', () => {
    it('should answer 204 with no body, then 404 to GET, and drop the user from lists', async () => {
      const user = await org.scim.createUser(userBody('deleted@x.com'));

      const res = await org.scim.delete(`/Users/${user.id}`);

      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      expectScimError(await org.scim.get(`/Users/${user.id}`), 404);
      expect((await org.scim.findByUserName('deleted@x.com')).totalResults).toBe(0);
      expect(await listedIds()).not.toContain(user.id);
    });

    it('should answer 404 to a second DELETE, a PUT and a PATCH of the deleted user', async () => {
      const user = await org.scim.createUser(userBody('deleted.twice@x.com'));
      await org.scim.delete(`/Users/${user.id}`).expect(204);

      expectScimError(await org.scim.delete(`/Users/${user.id}`), 404);
      expectScimError(await org.scim.put(`/Users/${user.id}`, userBody('deleted.twice@x.com')), 404);
      expectScimError(
        await org.scim.patch(`/Users/${user.id}`, patchBody({ op: 'replace', path: 'active', value: true })),
        404,
      );
    });

    it("should end the member's console session at once", async () => {
      const { user, session } = await signedInUser('signed.in.deleted@x.com');

      await org.scim.delete(`/Users/${user.id}`).expect(204);

      expect(await settingsStatus(apps, org.orgId, session)).toBe(401);
    });

    it.each([
      ['the same case', 'rehired@x.com', 'rehired@x.com'],
      ['another case', 'Rehired.Case@x.com', 'REHIRED.CASE@X.COM'],
    ])('should rehire a re-POST in %s with 201 and the same id', async (_case, first, second) => {
      const { user, session } = await signedInUser(first);
      await org.scim.delete(`/Users/${user.id}`).expect(204);

      const res = await org.scim.post('/Users', userBody(second, { displayName: 'Back again' }));

      expect(res.status).toBe(201);
      const rehired = res.body as ScimUser;
      expect(rehired.id).toBe(user.id);
      expect(rehired).toMatchObject({ userName: second, displayName: 'Back again', active: true });
      expect(res.headers.location).toBe(rehired.meta.location);
      expect(await org.scim.getUser(user.id)).toEqual(rehired);
      expect((await org.scim.findByUserName(first)).Resources.map((found) => found.id)).toEqual([user.id]);
      expect(await settingsStatus(apps, org.orgId, session)).toBe(401);
    });

    it('should not carry the old attributes over to the rehired user', async () => {
      const user = await org.scim.createUser(
        userBody('rehired.clean@x.com', { title: 'Old title', nickName: 'Old' }),
      );
      await org.scim.delete(`/Users/${user.id}`).expect(204);

      const rehired = await org.scim.createUser(userBody('rehired.clean@x.com'));

      expect(rehired.id).toBe(user.id);
      expect(rehired.title).toBeUndefined();
      expect(rehired.nickName).toBeUndefined();
    });
  });

  describe('active=false', () => {
    it.each([
      ['Entra PATCH "False"', 'disabled.entra@x.com', { op: 'Replace', path: 'active', value: 'False' }],
      ['Entra flagged PATCH false', 'disabled.flag@x.com', { op: 'replace', path: 'active', value: false }],
      ['Okta PATCH', 'disabled.okta@x.com', { op: 'replace', value: { active: false } }],
    ])(
      "should revoke the member's sessions on %s and keep the user visible",
      async (_case, userName, operation) => {
        const { user, session } = await signedInUser(userName);

        const res = await org.scim.patch(`/Users/${user.id}`, patchBody(operation));

        expect(res.status).toBe(200);
        expect(await settingsStatus(apps, org.orgId, session)).toBe(401);
        expect((await org.scim.getUser(user.id)).active).toBe(false);
        const found = await org.scim.findByUserName(user.userName);
        expect(found.totalResults).toBe(1);
        expect(found.Resources[0]).toMatchObject({ id: user.id, active: false });
        expect(await listedIds()).toContain(user.id);
      },
    );

    it("should revoke the member's sessions on a PUT with active false (Okta AIW)", async () => {
      const { user, session } = await signedInUser('disabled.put@x.com');

      await org.scim.put(`/Users/${user.id}`, userBody(user.userName, { active: false })).expect(200);

      expect(await settingsStatus(apps, org.orgId, session)).toBe(401);
      expect((await org.scim.findByUserName('disabled.put@x.com')).Resources[0].active).toBe(false);
    });

    it('should keep the old session revoked after reactivation, while a new sign-in works', async () => {
      const { user, session } = await signedInUser('reactivated@x.com');
      await org.scim
        .patch(`/Users/${user.id}`, patchBody({ op: 'replace', path: 'active', value: false }))
        .expect(200);

      await org.scim
        .patch(`/Users/${user.id}`, patchBody({ op: 'replace', path: 'active', value: true }))
        .expect(200);

      expect(await settingsStatus(apps, org.orgId, session)).toBe(401);
      const fresh = await createSession(apps, org.orgId, user.id);
      expect(await settingsStatus(apps, org.orgId, fresh)).toBe(200);
    });

    it('should refuse a re-POST of an inactive user with 409, as Okta re-activation must use PATCH or PUT', async () => {
      const user = await org.scim.createUser(userBody('inactive.repost@x.com', { active: false }));

      const res = await org.scim.post('/Users', userBody('Inactive.Repost@x.com'));

      expectScimError(res, 409, 'uniqueness');
      expect((await org.scim.getUser(user.id)).active).toBe(false);
    });
  });
});
