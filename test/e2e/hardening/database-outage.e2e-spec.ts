import request from 'supertest';
import { provision, startHardeningApps, type HardeningApps } from './hardening-apps';
import { expectScimError, HttpScimClient, userBody, waitFor } from './hardening-helpers';
import { sampleOf, scrape } from './metrics-text';

/** The bound the service promises: a request during an outage is answered, with 503, well within this. */
const CUT_BOUND_MS = 4000;
/** A partition costs at most the connect timeout (3 s) or the query timeout (statement timeout + 1 s = 6 s). */
const PARTITION_BOUND_MS = 8000;

async function timed<T>(call: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await call();
  return { result, ms: Date.now() - started };
}

describe('PostgreSQL outage', () => {
  let apps: HardeningApps;
  let client: HttpScimClient;
  let userId: string;

  const ready = () => request(apps.scimUrl).get('/health/ready');

  beforeAll(async () => {
    apps = await startHardeningApps({ proxyDatabase: true, env: { RATE_LIMIT_PER_SECOND: '0' } });
    client = new HttpScimClient(apps.scimUrl, (await provision(apps)).scimToken);
    userId = (await client.createUser('outage@x.com')).id;
  });

  afterAll(async () => {
    await apps.proxy?.restore();
    await apps.close();
  });

  afterEach(async () => {
    await apps.proxy?.restore();
    await waitFor('the database to be back', async () => (await ready()).status === 200, 15_000);
  });

  it('should answer 503 with a SCIM error, quickly, while PostgreSQL is down, then recover by itself', async () => {
    await apps.proxy!.cut();

    for (const call of [
      () => client.send('get', `/Users/${userId}`),
      () => client.send('get', '/Users?filter=userName eq "outage@x.com"'),
      () =>
        client.send('patch', `/Users/${userId}`, {
          Operations: [{ op: 'replace', path: 'displayName', value: 'X' }],
        }),
      () => client.send('post', '/Users', userBody('new@x.com')),
    ]) {
      const { result, ms } = await timed(call);
      expectScimError(result, 503);
      expect(result.headers['retry-after']).toBe('5');
      expect(ms).toBeLessThan(CUT_BOUND_MS);
    }
    const health = await timed(ready);
    expect(health.result.status).toBe(503);
    expect(health.ms).toBeLessThan(CUT_BOUND_MS);

    await apps.proxy!.restore();
    await waitFor(
      'GET /Users/{id} to succeed again',
      async () => (await client.send('get', `/Users/${userId}`)).status === 200,
      10_000,
    );
    expect((await ready()).status).toBe(200);
  });

  it('should answer 503 within a few seconds when PostgreSQL stops answering (network partition)', async () => {
    await client.send('get', `/Users/${userId}`).expect(200);
    apps.proxy!.blackhole();

    const results = await Promise.all(
      [
        () => client.send('get', `/Users/${userId}`),
        () => client.send('get', '/Users?count=1'),
        () =>
          client.send('patch', `/Users/${userId}`, {
            Operations: [{ op: 'replace', path: 'displayName', value: 'Y' }],
          }),
      ].map((call) => timed(call)),
    );

    for (const { result, ms } of results) {
      expectScimError(result, 503);
      expect(ms).toBeLessThan(PARTITION_BOUND_MS);
    }
    const health = await timed(ready);
    expect(health.result.status).toBe(503);
    expect(health.ms).toBeLessThan(PARTITION_BOUND_MS);
  });

  it('should report pool use on /metrics', async () => {
    const text = await scrape(apps.scimUrl);

    expect(sampleOf(text, 'db_pool_max_connections')).toBe(5);
    expect(sampleOf(text, 'db_pool_connections', { state: 'idle' })).toBeGreaterThanOrEqual(0);
    expect(sampleOf(text, 'db_pool_connections', { state: 'active' })).toBeGreaterThanOrEqual(0);
    expect(sampleOf(text, 'db_pool_waiting_requests')).toBe(0);
  });
});
