import { Client } from 'pg';
import request from 'supertest';
import type { OrganizationFixture } from '../../support/admin-client';
import { provision, startHardeningApps, type HardeningApps } from './hardening-apps';
import { HttpScimClient, patchBody, sleep, userBody, type ScimUserWire } from './hardening-helpers';
import { sampleOf, scrape } from './metrics-text';

interface LogLine {
  level: string;
  time: string;
  service: string;
  msg: string;
  reqId?: string;
  orgId?: string;
  tokenId?: string;
  method?: string;
  route?: string;
  status?: number;
  latencyMs?: number;
}

const PERSONAL = 'private.person@example.com';

describe('Logs and metrics', () => {
  let apps: HardeningApps;
  let org: OrganizationFixture;
  let client: HttpScimClient;
  let user: ScimUserWire;

  const requestLines = (): LogLine[] =>
    apps.logs.map((line) => JSON.parse(line) as LogLine).filter((line) => line.msg === 'request');
  const lineFor = (reqId: string): LogLine | undefined => requestLines().find((line) => line.reqId === reqId);

  beforeAll(async () => {
    apps = await startHardeningApps({
      captureLogs: true,
      env: { LOG_LEVEL: 'info', RATE_LIMIT_PER_SECOND: '0' },
    });
    org = await provision(apps);
    client = new HttpScimClient(apps.scimUrl, org.scimToken);
    user = await client.createUser(PERSONAL, { displayName: 'Private Person' });
    await client
      .send('get', `/Users?filter=${encodeURIComponent(`userName eq "${PERSONAL}"`)}`)
      .set('X-Request-Id', 'obs-list')
      .expect(200);
    await client
      .send(
        'patch',
        `/Users/${user.id}`,
        patchBody({ op: 'replace', path: 'displayName', value: 'Renamed Person' }),
      )
      .set('X-Request-Id', 'obs-patch')
      .expect(200);
    await request(apps.scimUrl)
      .get('/api/scim/Users')
      .set('Authorization', `Bearer scim_${'S'.repeat(43)}`)
      .set('X-Request-Id', 'obs-unauthorized')
      .expect(401);
    await client.send('post', '/Users', '{"userName": ').set('X-Request-Id', 'obs-malformed').expect(400);
    await sleep(50);
  });

  afterAll(() => apps.close());

  it('should write one JSON line per request with the request id, caller, route pattern, status and latency', () => {
    expect(lineFor('obs-patch')).toEqual({
      level: 'info',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown,
      service: 'scim-api',
      msg: 'request',
      reqId: 'obs-patch',
      orgId: org.orgId,
      tokenId: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
      method: 'PATCH',
      route: '/api/scim/Users/:id',
      status: 200,
      latencyMs: expect.any(Number) as unknown,
    });
  });

  it('should log refused requests too, without a caller when there is none', () => {
    expect(lineFor('obs-unauthorized')).toMatchObject({ status: 401, route: '/api/scim/Users' });
    expect(lineFor('obs-unauthorized')?.orgId).toBeUndefined();
    // Routed: a write with an unreadable body is refused after authentication, so the audit can record it.
    expect(lineFor('obs-malformed')).toMatchObject({ status: 400, route: '/api/scim/Users', method: 'POST' });
  });

  it('should never log credentials, personal data, query strings or bodies', () => {
    const text = apps.logs.join('');

    for (const secret of [
      org.scimToken,
      org.sessionToken,
      'S'.repeat(43),
      'Bearer',
      PERSONAL,
      'Private Person',
      'Renamed Person',
      'filter',
      user.id,
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('should echo a safe X-Request-Id and replace an unsafe one', async () => {
    const kept = await request(apps.scimUrl).get('/health/live').set('X-Request-Id', 'abc-123');
    const replaced = await request(apps.scimUrl)
      .get('/health/live')
      .set('X-Request-Id', 'bad id\twith spaces');

    expect(kept.headers['x-request-id']).toBe('abc-123');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('should count requests and latency by route pattern and status on the scim-api /metrics', async () => {
    await client.send('get', `/Users/${user.id}`).expect(200);

    const text = await scrape(apps.scimUrl);

    const labels = { method: 'GET', route: '/api/scim/Users/:id', status: '200', service: 'scim-api' };
    expect(sampleOf(text, 'http_requests_total', labels)).toBeGreaterThanOrEqual(1);
    expect(sampleOf(text, 'http_request_duration_seconds_count', labels)).toBeGreaterThanOrEqual(1);
    expect(
      sampleOf(text, 'http_requests_total', { route: '/api/scim/Users', status: '401' }),
    ).toBeGreaterThanOrEqual(1);
    expect(sampleOf(text, 'scim_rate_limit_rejections_total')).toBe(0);
    expect(sampleOf(text, 'process_cpu_user_seconds_total')).toBeDefined();
    expect(text).not.toContain(user.id);
  });

  it('should serve the admin process its own metrics, pool included, behind the admin token', async () => {
    const text = await scrape(apps.adminApi.getHttpServer() as never);

    expect(sampleOf(text, 'db_pool_max_connections', { service: 'admin-api' })).toBe(5);
    expect(
      sampleOf(text, 'db_pool_connections', { service: 'admin-api', state: 'idle' }),
    ).toBeGreaterThanOrEqual(0);
  });

  it('should log a failed query as JSON with its SQLSTATE, never with its parameters', async () => {
    // A real query error: a trigger makes PostgreSQL refuse the audit insert (which is quiet for the client).
    await runSql(
      apps.db.url,
      `CREATE FUNCTION refuse_event() RETURNS trigger LANGUAGE plpgsql AS
         $$ BEGIN RAISE EXCEPTION 'audit refused' USING ERRCODE = 'XX001'; END $$;
       CREATE TRIGGER refuse_event BEFORE INSERT ON provisioning_events FOR EACH ROW EXECUTE FUNCTION refuse_event();`,
    );
    try {
      await client.send('post', '/Users', userBody('failing.private@example.com')).expect(201);
      await sleep(50);
    } finally {
      await runSql(
        apps.db.url,
        'DROP TRIGGER refuse_event ON provisioning_events; DROP FUNCTION refuse_event();',
      );
    }

    const failures = apps.logs
      .map((line) => JSON.parse(line) as LogLine & { context?: string })
      .filter((line) => line.msg.startsWith('Query failed'));
    expect(failures.length).toBeGreaterThan(0);
    expect(failures[0]).toMatchObject({ level: 'warn', context: 'Database', service: 'scim-api' });
    expect(apps.logs.join('')).not.toContain('failing.private');
  });

  it('should answer a new organization user without logging its userName', async () => {
    const res = await client
      .send('post', '/Users', userBody('another.private@example.com'))
      .set('X-Request-Id', 'obs-create');

    expect(res.status).toBe(201);
    await sleep(20);
    expect(lineFor('obs-create')).toMatchObject({ status: 201, route: '/api/scim/Users', method: 'POST' });
    expect(apps.logs.join('')).not.toContain('another.private');
  });
});

async function runSql(url: string, sql: string): Promise<void> {
  const pg = new Client({ connectionString: url });
  await pg.connect();
  try {
    await pg.query(sql);
  } finally {
    await pg.end();
  }
}
