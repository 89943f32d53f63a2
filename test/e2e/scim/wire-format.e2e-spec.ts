import request from 'supertest';
import { startTestApps, type TestApps } from '../../support/test-apps';
import {
  ADMIN_AUTH,
  ENTRA_FLAG,
  expectScimError,
  patchBody,
  provisionScimOrg,
  SCIM_ERROR_SCHEMA,
  SCIM_MEDIA_TYPE,
  ScimClient,
  userBody,
  type ScimOrg,
} from './scim-helpers';

/** RFC 7644 §3.1 (media type), §3.12 (errors) and RFC 6750 §3 (WWW-Authenticate) on every /api/scim response. */
describe('SCIM wire format', () => {
  let apps: TestApps;
  let org: ScimOrg;
  let userId: string;

  beforeAll(async () => {
    apps = await startTestApps();
    org = await provisionScimOrg(apps);
    userId = (await org.scim.createUser(userBody('wire@x.com'))).id;
  });

  afterAll(async () => {
    await apps.close();
  });

  const raw = () => request(apps.scimApi.getHttpServer());
  const auth = () => `Bearer ${org.scimToken}`;

  describe('Content-Type application/scim+json', () => {
    const calls: [string, () => request.Test, number][] = [
      ['a list', () => org.scim.list({ filter: 'userName eq "wire@x.com"' }), 200],
      [
        'a list with the Entra flag',
        () => org.scim.get(`/Users?${ENTRA_FLAG}&filter=userName%20eq%20%22wire%40x.com%22`),
        200,
      ],
      ['a read', () => org.scim.get(`/Users/${userId}`), 200],
      ['a create', () => org.scim.post('/Users', userBody('wire.created@x.com')), 201],
      [
        'a patch',
        () => org.scim.patch(`/Users/${userId}`, patchBody({ op: 'replace', path: 'title', value: 'T' })),
        200,
      ],
      ['a search', () => org.scim.post('/Users/.search', { count: 1 }), 200],
      ['discovery', () => org.scim.get('/ServiceProviderConfig'), 200],
      ['an invalid body', () => org.scim.post('/Users', { userName: 'x' }), 400],
      ['an invalid filter', () => org.scim.list({ filter: 'title pr' }), 400],
      ['a missing token', () => raw().get('/api/scim/Users'), 401],
      ['an unknown user', () => org.scim.get('/Users/7d8f4ac2-0000-4000-8000-000000000000'), 404],
      ['an unknown route', () => org.scim.get('/Groups'), 404],
      ['a duplicate', () => org.scim.post('/Users', userBody('WIRE@x.com')), 409],
      ['a stale If-Match', () => org.scim.delete(`/Users/${userId}`).set('If-Match', 'W/"99"'), 412],
    ];

    it.each(calls)('should be set on %s', async (_case, call, status) => {
      const res = await call();

      expect(res.status).toBe(status);
      expect(res.headers['content-type']).toMatch(SCIM_MEDIA_TYPE);
      if (status >= 400) expectScimError(res, status);
    });
  });

  describe('errors', () => {
    it('should answer malformed JSON with 400 invalidSyntax', async () => {
      const res = await raw()
        .post('/api/scim/Users')
        .set('Authorization', auth())
        .set('Content-Type', 'application/scim+json')
        .send('{"userName": "broken@x.com", ');

      expectScimError(res, 400, 'invalidSyntax');
    });

    it('should answer a body over 1 MiB with a SCIM 413', async () => {
      const res = await org.scim.post('/Users', userBody('huge@x.com', { nickName: 'x'.repeat(1_100_000) }));

      expectScimError(res, 413);
    });

    it('should answer a JSON array body with 400 invalidSyntax', async () => {
      expectScimError(await org.scim.post('/Users', [userBody('array@x.com')]), 400, 'invalidSyntax');
    });

    it.each([
      ['/Groups', 'get'],
      ['/Groups/abc', 'get'],
      ['/Bulk', 'post'],
      ['/Me', 'get'],
    ] as const)('should answer %s with a SCIM 404', async (path, method) => {
      const res = await org.scim.send(method, path, method === 'post' ? {} : undefined);

      const error = expectScimError(res, 404);
      expect(error.schemas).toEqual([SCIM_ERROR_SCHEMA]);
    });

    it.each([
      ['no Authorization header', undefined],
      ['a malformed token', 'Bearer nonsense'],
      ['an unknown SCIM token', `Bearer scim_${'A'.repeat(43)}`],
      ['the admin API token', ADMIN_AUTH],
      ['Basic credentials', 'Basic dXNlcjpwYXNz'],
    ])('should answer %s with 401, WWW-Authenticate Bearer and a SCIM error', async (_case, header) => {
      const call = raw().get('/api/scim/Users');
      const res = header === undefined ? await call : await call.set('Authorization', header);

      expectScimError(res, 401);
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    });

    it('should not accept a console session as a SCIM token', async () => {
      const res = await new ScimClient(apps.scimApi, org.sessionToken).get('/Users');

      expectScimError(res, 401);
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    });
  });

  describe('request bodies', () => {
    it.each([
      ['POST', 201, () => raw().post('/api/scim/Users').send(userBody('plain.json@x.com'))],
      [
        'PUT',
        200,
        () =>
          raw()
            .put(`/api/scim/Users/${userId}`)
            .send(userBody('wire@x.com', { title: 'PUT' })),
      ],
      [
        'PATCH',
        200,
        () =>
          raw()
            .patch(`/api/scim/Users/${userId}`)
            .send(patchBody({ op: 'Replace', path: 'title', value: 'PATCH' })),
      ],
    ])('should accept %s in application/json', async (_case, status, call) => {
      const res = await call().set('Authorization', auth()).set('Content-Type', 'application/json');

      expect(res.status).toBe(status);
      expect(res.headers['content-type']).toMatch(SCIM_MEDIA_TYPE);
    });

    it('should echo a safe X-Request-Id', async () => {
      const res = await org.scim.get(`/Users/${userId}`).set('X-Request-Id', 'wire-req-1');

      expect(res.headers['x-request-id']).toBe('wire-req-1');
    });
  });
});
