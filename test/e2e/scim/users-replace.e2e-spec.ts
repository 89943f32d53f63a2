import type { ScimUser } from '@app/scim-core';
import { startTestApps, type TestApps } from '../../support/test-apps';
import {
  CORE_USER_SCHEMA,
  ENTERPRISE_USER_SCHEMA,
  expectScimError,
  LAMBDATEST_USER_SCHEMA,
  provisionScimOrg,
  userBody,
  type ScimOrg,
} from './scim-helpers';

/** PUT /Users/{id} (RFC 7644 §3.5.1), the way Okta AIW apps send every update, deactivation included. */
describe('PUT /api/scim/Users/{id}', () => {
  let apps: TestApps;
  let org: ScimOrg;

  beforeAll(async () => {
    apps = await startTestApps();
    org = await provisionScimOrg(apps);
  });

  afterAll(async () => {
    await apps.close();
  });

  const rich = (userName: string, extra: Record<string, unknown> = {}) =>
    userBody(userName, {
      schemas: [CORE_USER_SCHEMA, ENTERPRISE_USER_SCHEMA],
      externalId: 'ext-1',
      displayName: 'Before',
      title: 'Engineer',
      name: { givenName: 'Ann', familyName: 'Lee', middleName: 'Q' },
      emails: [{ value: userName, type: 'work', primary: true }],
      [ENTERPRISE_USER_SCHEMA]: { department: 'R&D', manager: { value: 'm-1' } },
      ...extra,
    });

  it('should replace the whole resource and bump the version', async () => {
    const created = await org.scim.createUser(rich('put.full@x.com'));
    const replacement = {
      schemas: [CORE_USER_SCHEMA, ENTERPRISE_USER_SCHEMA],
      userName: 'Put.Full.Renamed@x.com',
      externalId: 'ext-2',
      active: true,
      displayName: 'After',
      name: { givenName: 'Anne', familyName: 'Leigh' },
      phoneNumbers: [{ value: '+1 555 0100', type: 'mobile' }],
      [ENTERPRISE_USER_SCHEMA]: { costCenter: 'CC-9' },
    };

    const res = await org.scim.put(`/Users/${created.id}`, replacement);

    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe('W/"2"');
    const expected = {
      ...replacement,
      schemas: [CORE_USER_SCHEMA, ENTERPRISE_USER_SCHEMA, LAMBDATEST_USER_SCHEMA],
      id: created.id,
      meta: expect.objectContaining({ version: 'W/"2"', created: created.meta.created }),
      [LAMBDATEST_USER_SCHEMA]: { OrganizationRole: 'User' },
    };
    expect(res.body).toEqual(expected);
    expect(await org.scim.getUser(created.id)).toEqual(expected);
  });

  it('should clear the optional attributes the body omits', async () => {
    const created = await org.scim.createUser(rich('put.clear@x.com'));

    const res = await org.scim.put(
      `/Users/${created.id}`,
      userBody('put.clear@x.com', { name: { givenName: 'Ann', familyName: 'Lee' } }),
    );

    expect(res.status).toBe(200);
    const user = await org.scim.getUser(created.id);
    for (const cleared of ['externalId', 'displayName', 'title', 'emails', ENTERPRISE_USER_SCHEMA] as const) {
      expect(user[cleared]).toBeUndefined();
    }
    expect(user.name).toEqual({ givenName: 'Ann', familyName: 'Lee' });
    expect(user.schemas).toEqual([CORE_USER_SCHEMA, LAMBDATEST_USER_SCHEMA]);
  });

  it.each([[true], [false]])('should keep active=%s when the body omits active', async (active) => {
    const created = await org.scim.createUser(userBody(`put.active.${String(active)}@x.com`, { active }));
    const body = userBody(created.userName, { displayName: 'Updated' });
    delete body.active;

    const res = await org.scim.put(`/Users/${created.id}`, body);

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ active, displayName: 'Updated' });
    expect((await org.scim.getUser(created.id)).active).toBe(active);
  });

  it('should deactivate with active false, as Okta AIW apps do', async () => {
    const created = await org.scim.createUser(rich('put.deactivate@x.com'));
    const { id: _id, meta: _meta, ...current } = await org.scim.getUser(created.id);

    const res = await org.scim.put(`/Users/${created.id}`, { ...current, active: false });

    expect(res.status).toBe(200);
    expect((await org.scim.getUser(created.id)).active).toBe(false);
    expect((await org.scim.findByUserName('put.deactivate@x.com')).Resources[0].active).toBe(false);
  });

  it.each([
    ['userName', (body: Record<string, unknown>) => delete body.userName],
    ['name.givenName', (body: Record<string, unknown>) => (body.name = { familyName: 'Lee' })],
    ['name.familyName', (body: Record<string, unknown>) => (body.name = { givenName: 'Ann' })],
  ])('should refuse a body without %s with 400 invalidValue and change nothing', async (path, drop) => {
    const created = await org.scim.createUser(rich(`put.missing.${path}@x.com`));
    const body = rich(created.userName, { displayName: 'Never stored' });
    drop(body);

    const res = await org.scim.put(`/Users/${created.id}`, body);

    expect(expectScimError(res, 400, 'invalidValue').detail).toContain(path);
    expect(await org.scim.getUser(created.id)).toEqual(created);
  });

  it("should refuse renaming a user to another live user's userName (any case) with 409 uniqueness", async () => {
    await org.scim.createUser(userBody('put.taken@x.com'));
    const mover = await org.scim.createUser(userBody('put.mover@x.com'));

    const res = await org.scim.put(`/Users/${mover.id}`, userBody('PUT.TAKEN@x.com'));

    expectScimError(res, 409, 'uniqueness');
    expect(await org.scim.getUser(mover.id)).toEqual(mover);
  });

  it('should let a user take the userName of a deleted user', async () => {
    const gone = await org.scim.createUser(userBody('put.freed@x.com'));
    await org.scim.delete(`/Users/${gone.id}`).expect(204);
    const mover = await org.scim.createUser(userBody('put.taker@x.com'));

    const res = await org.scim.put(`/Users/${mover.id}`, userBody('put.freed@x.com'));

    expect(res.status).toBe(200);
    expect((res.body as ScimUser).userName).toBe('put.freed@x.com');
  });
});
