import type { ScimUser } from '@app/scim-core';
import { startTestApps, type TestApps } from '../../support/test-apps';
import { AUDIT_CASES } from './audit-cases';
import {
  listEvents,
  provisionScimOrg,
  queryDb,
  userBody,
  type ProvisioningEventWire,
  type ScimOrg,
} from './scim-helpers';

/** The provisioning audit log records every SCIM write and every refused one, with the caller's request id. */
describe('Provisioning events of SCIM writes', () => {
  let apps: TestApps;
  let org: ScimOrg;
  let tokenId: string;
  let seq = 0;

  beforeAll(async () => {
    apps = await startTestApps();
    org = await provisionScimOrg(apps);
    const rows = await queryDb<{ id: string }>(
      apps.db.url,
      'SELECT id FROM scim_tokens WHERE organization_id = $1',
      [org.orgId],
    );
    tokenId = rows[0].id;
  });

  afterAll(async () => {
    await apps.close();
  });

  const byRequestId = async (requestId: string): Promise<ProvisioningEventWire[]> =>
    (await listEvents(apps, org.orgId)).filter((event) => event.requestId === requestId);

  it('should record a create with the X-Request-Id test-req-1', async () => {
    const res = await org.scim
      .post('/Users', userBody('audit.first@x.com'))
      .set('X-Request-Id', 'test-req-1');

    expect(res.status).toBe(201);
    const events = await byRequestId('test-req-1');
    expect(events).toEqual([
      {
        id: expect.any(String),
        at: expect.any(String),
        actor: { type: 'token', id: tokenId },
        action: 'create',
        target: { memberId: (res.body as ScimUser).id, userName: 'audit.first@x.com' },
        outcome: 'success',
        httpStatus: 201,
        detail: null,
        requestId: 'test-req-1',
      },
    ]);
  });

  it.each(AUDIT_CASES)('should record %s', async (_case, expected) => {
    seq += 1;
    const user = await org.scim.createUser(userBody(`audit${seq}@x.com`));
    const requestId = `test-req-case-${seq}`;

    const res = await expected.send(org, user).set('X-Request-Id', requestId);

    expect(res.status).toBe(expected.status);
    const events = await byRequestId(requestId);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({
      actor: { type: 'token', id: tokenId },
      action: expected.action,
      outcome: expected.outcome,
      httpStatus: expected.status,
    });
    if (expected.target !== 'none') {
      expect(event.target.memberId).toBe(expected.target === 'user' ? user.id : org.adminId);
    }
    if (expected.detail === undefined) {
      expect(event.detail).toBeNull();
    } else {
      expect(event.detail).toMatch(expected.detail);
    }
  });

  it('should record a PATCH refused for malformed JSON', async () => {
    const user = await org.scim.createUser(userBody('audit.malformed@x.com'));

    const res = await org.scim
      .send('patch', `/Users/${user.id}`)
      .set('Content-Type', 'application/scim+json')
      .set('X-Request-Id', 'test-req-malformed')
      .send('{"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [');

    expect(res.status).toBe(400);
    expect(await byRequestId('test-req-malformed')).toEqual([
      expect.objectContaining({ outcome: 'failure', httpStatus: 400, detail: expect.stringMatching(/JSON/) }),
    ]);
  });

  it('should record a rehire as a restore of the same member', async () => {
    const user = await org.scim.createUser(userBody('audit.rehired@x.com'));
    await org.scim.delete(`/Users/${user.id}`).expect(204);

    await org.scim
      .post('/Users', userBody('audit.rehired@x.com'))
      .set('X-Request-Id', 'test-req-rehire')
      .expect(201);

    expect(await byRequestId('test-req-rehire')).toEqual([
      expect.objectContaining({
        action: 'restore',
        outcome: 'success',
        httpStatus: 201,
        target: { memberId: user.id, userName: 'audit.rehired@x.com' },
      }),
    ]);
  });

  it('should record nothing for reads', async () => {
    await org.scim
      .list({ filter: 'userName eq "audit.first@x.com"' })
      .set('X-Request-Id', 'test-req-read')
      .expect(200);
    await org.scim.get(`/Users/${org.adminId}`).set('X-Request-Id', 'test-req-read').expect(200);

    expect(await byRequestId('test-req-read')).toEqual([]);
  });
});
