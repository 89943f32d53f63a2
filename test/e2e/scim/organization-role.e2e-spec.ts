import type { ScimUser } from '@app/scim-core';
import { startTestApps, type TestApps } from '../../support/test-apps';
import {
  CORE_USER_SCHEMA,
  expectScimError,
  LAMBDATEST_USER_SCHEMA as LAMBDATEST,
  OWNER_USER_NAME,
  patchBody,
  provisionScimOrg,
  roleOf,
  userBody,
  type ScimOrg,
  type ScimUserList,
} from './scim-helpers';

const ROLE_PATH = `${LAMBDATEST}:OrganizationRole`;
const withRole = (role: unknown) => ({ [LAMBDATEST]: { OrganizationRole: role } });

/** The product extension's OrganizationRole (vendor page, step 9) and the last-Admin rule (idp-behaviour §3.11). */
describe('OrganizationRole on /api/scim/Users', () => {
  let apps: TestApps;
  let org: ScimOrg;
  let orgs = 0;

  beforeAll(async () => {
    apps = await startTestApps();
    org = await provisionScimOrg(apps);
  });

  afterAll(async () => {
    await apps.close();
  });

  describe('values', () => {
    it.each([
      ['admin', 'Admin', 'role.1@x.com'],
      ['ADMIN', 'Admin', 'role.2@x.com'],
      ['guest', 'Guest', 'role.3@x.com'],
      ['GuEsT', 'Guest', 'role.4@x.com'],
      ['user', 'User', 'role.5@x.com'],
      ['User', 'User', 'role.6@x.com'],
    ])('should store %s and return it as %s', async (sent, canonical, userName) => {
      const created = await org.scim.createUser(userBody(userName, withRole(sent)));

      expect(roleOf(created)).toBe(canonical);
      expect(roleOf(await org.scim.getUser(created.id))).toBe(canonical);
    });

    it('should default to User when absent, and return the extension on every user', async () => {
      const created = await org.scim.createUser(userBody('role.absent@x.com'));

      expect(created.schemas).toContain(LAMBDATEST);
      expect(roleOf(created)).toBe('User');
      const all = (await org.scim.list({ count: 200 })).body as ScimUserList;
      expect(all.Resources.map((user) => roleOf(user))).not.toContain(undefined);
      expect(all.Resources.find((user) => user.userName === OWNER_USER_NAME)).toMatchObject(
        withRole('Admin'),
      );
    });

    it('should honour the extension when its URN is missing from schemas, as Entra sends it', async () => {
      const created = await org.scim.createUser(
        userBody('role.unlisted@x.com', { schemas: [CORE_USER_SCHEMA], ...withRole('guest') }),
      );

      expect(roleOf(created)).toBe('Guest');
    });

    it.each([
      [
        'PATCH by path',
        (id: string) =>
          org.scim.patch(`/Users/${id}`, patchBody({ op: 'Replace', path: ROLE_PATH, value: 'GUEST' })),
      ],
      [
        'PATCH of the extension',
        (id: string) =>
          org.scim.patch(
            `/Users/${id}`,
            patchBody({ op: 'replace', path: LAMBDATEST, value: { OrganizationRole: 'guest' } }),
          ),
      ],
      ['PUT', (id: string) => org.scim.put(`/Users/${id}`, userBody('role.change@x.com', withRole('guest')))],
    ])('should change the role by %s', async (_case, change) => {
      const created = await org.scim.createUser(userBody('role.change@x.com', withRole('user')));

      const res = await change(created.id);

      expect(res.status).toBe(200);
      expect(roleOf(res.body as ScimUser)).toBe('Guest');
      expect(roleOf(await org.scim.getUser(created.id))).toBe('Guest');
      await org.scim.delete(`/Users/${created.id}`).expect(204);
    });

    it('should reset the role to User when PATCH removes it', async () => {
      const created = await org.scim.createUser(userBody('role.removed@x.com', withRole('Guest')));

      const res = await org.scim.patch(`/Users/${created.id}`, patchBody({ op: 'Remove', path: ROLE_PATH }));

      expect(res.status).toBe(200);
      expect(roleOf(res.body as ScimUser)).toBe('User');
      expect(roleOf(await org.scim.getUser(created.id))).toBe('User');
    });

    it('should keep the stored role when a PUT does not map OrganizationRole', async () => {
      const created = await org.scim.createUser(userBody('role.kept@x.com', withRole('guest')));

      const res = await org.scim.put(
        `/Users/${created.id}`,
        userBody('role.kept@x.com', { displayName: 'Updated' }),
      );

      expect(roleOf(res.body as ScimUser)).toBe('Guest');
    });

    it.each([
      [
        'POST',
        (_user: ScimUser) => org.scim.post('/Users', userBody('role.invalid.new@x.com', withRole('Owner'))),
      ],
      [
        'PUT',
        (user: ScimUser) => org.scim.put(`/Users/${user.id}`, userBody(user.userName, withRole('Superuser'))),
      ],
      [
        'PATCH',
        (user: ScimUser) =>
          org.scim.patch(`/Users/${user.id}`, patchBody({ op: 'Replace', path: ROLE_PATH, value: 'root' })),
      ],
      [
        'PATCH without path',
        (user: ScimUser) =>
          org.scim.patch(
            `/Users/${user.id}`,
            patchBody({ op: 'replace', value: { [ROLE_PATH]: 'Manager' } }),
          ),
      ],
    ])(
      'should refuse an unknown role on %s with 400 invalidValue listing Admin, Guest, User',
      async (method, send) => {
        const existing = await org.scim.createUser(
          userBody(`role.invalid.${method.replace(/ /g, '-')}@x.com`, withRole('guest')),
        );

        const res = await send(existing);

        const detail = expectScimError(res, 400, 'invalidValue').detail;
        for (const allowed of ['Admin', 'Guest', 'User']) expect(detail).toContain(allowed);
        expect(await org.scim.getUser(existing.id)).toEqual(existing);
        expect((await org.scim.findByUserName('role.invalid.new@x.com')).totalResults).toBe(0);
      },
    );
  });

  describe('the last active Admin', () => {
    /** A fresh organization whose only active Admin is its console owner. */
    const ownerOnlyOrg = async (): Promise<ScimOrg> => {
      orgs += 1;
      return provisionScimOrg(apps, `Last admin ${orgs}`);
    };

    it('should show the console owner through SCIM as an active Admin', async () => {
      const solo = await ownerOnlyOrg();

      const owner = await solo.scim.getUser(solo.adminId);

      expect(owner).toMatchObject({ userName: OWNER_USER_NAME, active: true, ...withRole('Admin') });
    });

    it.each([
      [
        'a PATCH of the role to User',
        (o: ScimOrg) =>
          o.scim.patch(`/Users/${o.adminId}`, patchBody({ op: 'Replace', path: ROLE_PATH, value: 'User' })),
      ],
      [
        'a PATCH removing the role',
        (o: ScimOrg) => o.scim.patch(`/Users/${o.adminId}`, patchBody({ op: 'Remove', path: ROLE_PATH })),
      ],
      [
        'a PATCH of active to false',
        (o: ScimOrg) =>
          o.scim.patch(`/Users/${o.adminId}`, patchBody({ op: 'Replace', path: 'active', value: 'False' })),
      ],
      [
        'a PUT with active false',
        (o: ScimOrg) => o.scim.put(`/Users/${o.adminId}`, userBody(OWNER_USER_NAME, { active: false })),
      ],
      [
        'a PUT with role Guest',
        (o: ScimOrg) => o.scim.put(`/Users/${o.adminId}`, userBody(OWNER_USER_NAME, withRole('Guest'))),
      ],
      ['a DELETE', (o: ScimOrg) => o.scim.delete(`/Users/${o.adminId}`)],
    ])('should refuse %s with 403 naming the last active Admin', async (_case, send) => {
      const solo = await ownerOnlyOrg();
      const before = await solo.scim.getUser(solo.adminId);

      const res = await send(solo);

      expect(expectScimError(res, 403).detail).toMatch(/last active Admin/i);
      expect(await solo.scim.getUser(solo.adminId)).toEqual(before);
    });

    it('should not count an inactive Admin as another Admin', async () => {
      const solo = await ownerOnlyOrg();
      await solo.scim.createUser(userBody('dormant.admin@x.com', { active: false, ...withRole('Admin') }));

      const res = await solo.scim.patch(
        `/Users/${solo.adminId}`,
        patchBody({ op: 'Replace', path: ROLE_PATH, value: 'User' }),
      );

      expectScimError(res, 403);
    });

    it('should let the owner be demoted once a SCIM user is an active Admin, and then protect that one', async () => {
      const solo = await ownerOnlyOrg();
      const heir = await solo.scim.createUser(userBody('heir@x.com', withRole('User')));
      await solo.scim
        .patch(`/Users/${heir.id}`, patchBody({ op: 'Replace', path: ROLE_PATH, value: 'admin' }))
        .expect(200);

      const demoted = await solo.scim.patch(
        `/Users/${solo.adminId}`,
        patchBody({ op: 'Replace', path: ROLE_PATH, value: 'User' }),
      );

      expect(demoted.status).toBe(200);
      expect(roleOf(demoted.body as ScimUser)).toBe('User');
      expect(expectScimError(await solo.scim.delete(`/Users/${heir.id}`), 403).detail).toMatch(
        /last active Admin/i,
      );
    });
  });
});
