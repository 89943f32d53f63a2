import type { ScimUser } from '@app/scim-core';
import { startTestApps, type TestApps } from '../../support/test-apps';
import { PATCH_CASES } from './users-patch-cases';
import {
  ENTERPRISE_USER_SCHEMA as ENTERPRISE,
  ENTRA_FLAG,
  expectScimError,
  listEvents,
  patchBody,
  provisionScimOrg,
  userBody,
  type ScimOrg,
} from './scim-helpers';

/** PATCH /Users/{id} (RFC 7644 §3.5.2) in the dialects Entra and Okta really send (idp-behaviour §1, §3.1). */
describe('PATCH /api/scim/Users/{id}', () => {
  let apps: TestApps;
  let org: ScimOrg;
  let seq = 0;

  beforeAll(async () => {
    apps = await startTestApps();
    org = await provisionScimOrg(apps);
  });

  afterAll(async () => {
    await apps.close();
  });

  const freshUser = (given: Record<string, unknown> = {}): Promise<ScimUser> => {
    seq += 1;
    return org.scim.createUser(userBody(`patch${seq}@x.com`, given));
  };

  it.each(PATCH_CASES)(
    'should apply %s',
    async (_case, { given, operations, expected, absent = [], flag, version = 'W/"2"' }) => {
      const user = await freshUser(given);
      const path = `/Users/${user.id}${flag === true ? `?${ENTRA_FLAG}` : ''}`;

      const res = await org.scim.patch(path, patchBody(...operations));

      expect(res.status).toBe(200);
      expect(res.headers.etag).toBe(version);
      const read = await org.scim.getUser(user.id);
      expect(res.body).toEqual(read);
      expect(read).toMatchObject(expected);
      for (const keys of absent) expect(valueAt(read, keys)).toBeUndefined();
      expect(res.text).not.toContain('n3w-Pa55');
    },
  );

  it.each([
    ['an unknown attribute', { op: 'replace', path: 'favouriteColour', value: 'blue' }],
    ['an unknown sub-attribute', { op: 'replace', path: 'name.nickname', value: 'x' }],
    ['an unknown enterprise attribute', { op: 'replace', path: `${ENTERPRISE}:badge`, value: 'x' }],
    [
      'a filter on an unknown sub-attribute',
      { op: 'replace', path: 'emails[typo eq "work"].value', value: 'x' },
    ],
    ['an unknown dotted key of a no-path replace', { op: 'replace', value: { 'name.nickname': 'x' } }],
  ])('should refuse %s with 400 invalidPath and change nothing', async (_case, operation) => {
    const user = await freshUser();

    const res = await org.scim.patch(
      `/Users/${user.id}`,
      patchBody({ op: 'replace', path: 'displayName', value: 'first op applies' }, operation),
    );

    expectScimError(res, 400, 'invalidPath');
    expect(await org.scim.getUser(user.id)).toEqual(user);
  });

  it.each([
    ['id', { op: 'replace', path: 'id', value: 'd2b9c1a4-0000-4000-8000-000000000000' }],
    ['meta', { op: 'replace', path: 'meta', value: { version: 'W/"9"' } }],
    ['meta.version', { op: 'replace', path: 'meta.version', value: 'W/"9"' }],
    ['id in a no-path replace', { op: 'replace', value: { id: 'd2b9c1a4-0000-4000-8000-000000000000' } }],
    ['id removed', { op: 'remove', path: 'id' }],
  ])('should refuse a PATCH of %s with 400 and change nothing', async (_case, operation) => {
    const user = await freshUser();

    const res = await org.scim.patch(`/Users/${user.id}`, patchBody(operation));

    expect(expectScimError(res, 400).scimType).toMatch(/^(mutability|invalidPath)$/);
    expect(await org.scim.getUser(user.id)).toEqual(user);
  });

  it('should refuse removing a required attribute with 400 invalidValue', async () => {
    const user = await freshUser();

    const res = await org.scim.patch(
      `/Users/${user.id}`,
      patchBody({ op: 'Remove', path: 'name.givenName' }),
    );

    expect(expectScimError(res, 400, 'invalidValue').detail).toContain('name.givenName');
    expect(await org.scim.getUser(user.id)).toEqual(user);
  });

  it("should refuse a PATCH of userName to another live user's userName with 409 uniqueness", async () => {
    await org.scim.createUser(userBody('patch.taken@x.com'));
    const mover = await org.scim.createUser(userBody('patch.mover@x.com'));

    const res = await org.scim.patch(
      `/Users/${mover.id}`,
      patchBody({ op: 'replace', path: 'userName', value: 'Patch.Taken@x.com' }),
    );

    expectScimError(res, 409, 'uniqueness');
    expect(await org.scim.getUser(mover.id)).toEqual(mover);
  });

  describe('an unchanged PATCH, as Entra re-sends every cycle', () => {
    it.each([
      [
        'Entra default dialect',
        [
          { op: 'Replace', path: 'displayName', value: 'Same' },
          { op: 'Replace', path: 'active', value: 'True' },
        ],
      ],
      [
        'Entra flagged dialect',
        [{ op: 'replace', value: { displayName: 'Same', 'name.givenName': 'Given' } }],
      ],
      ['Okta', [{ op: 'replace', value: { active: true, displayName: 'Same' } }]],
    ])(
      'should keep meta.version and meta.lastModified and record no event (%s)',
      async (_case, operations) => {
        const user = await freshUser({ displayName: 'Same' });
        const eventsBefore = await listEvents(apps, org.orgId);

        const res = await org.scim.patch(`/Users/${user.id}`, patchBody(...operations));

        expect(res.status).toBe(200);
        expect(res.headers.etag).toBe('W/"1"');
        expect((res.body as ScimUser).meta).toEqual(user.meta);
        expect((await org.scim.getUser(user.id)).meta).toEqual(user.meta);
        expect(await listEvents(apps, org.orgId)).toEqual(eventsBefore);
      },
    );

    it('should still bump the version and record one event when a value does change', async () => {
      const user = await freshUser({ displayName: 'Same' });
      const eventsBefore = await listEvents(apps, org.orgId);

      const res = await org.scim.patch(
        `/Users/${user.id}`,
        patchBody({ op: 'Replace', path: 'displayName', value: 'Other' }),
      );

      expect(res.headers.etag).toBe('W/"2"');
      const events = await listEvents(apps, org.orgId);
      expect(events).toHaveLength(eventsBefore.length + 1);
      expect(events[0]).toMatchObject({ action: 'patch', outcome: 'success', target: { memberId: user.id } });
    });
  });
});

/** The value under a key path of a resource, or undefined. */
function valueAt(resource: unknown, keys: string[]): unknown {
  return keys.reduce<unknown>(
    (current, key) =>
      typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[key] : undefined,
    resource,
  );
}
