import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import request from 'supertest';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createScimApi, listen, provision, startHardeningApps, type HardeningApps } from './hardening-apps';
import { expectScimError, HttpScimClient, patchBody, sleep, userBody, waitFor } from './hardening-helpers';
import { sampleOf, scrape } from './metrics-text';
import { TcpProxy } from './tcp-proxy';

const REDIS = { host: '127.0.0.1', port: 6379 };

/** Sends GETs until one is refused; returns that response (fails after `max`). */
async function exhaust(client: HttpScimClient, max = 50): Promise<request.Response> {
  for (let i = 0; i < max; i++) {
    const res = await client.send('get', '/Users?count=1');
    if (res.status === 429) return res;
    expect(res.status).toBe(200);
  }
  throw new Error(`No 429 after ${max} requests`);
}

async function statusesOf(calls: (() => request.Test)[]): Promise<number[]> {
  return (await Promise.all(calls.map((call) => call()))).map((res) => res.status);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('SCIM rate limiting per organization', () => {
  describe('in process (no REDIS_URL)', () => {
    let apps: HardeningApps;

    /** Each test its own organization, so none starts with a bucket another one emptied. */
    async function newOrganization(name: string): Promise<HttpScimClient> {
      return new HttpScimClient(apps.scimUrl, (await provision(apps, name)).scimToken);
    }

    beforeAll(async () => {
      apps = await startHardeningApps({ env: { RATE_LIMIT_PER_SECOND: '1', RATE_LIMIT_BURST: '10' } });
    });

    afterAll(() => apps.close());

    it('should answer 429 with Retry-After and a SCIM error once the burst is spent', async () => {
      const res = await exhaust(await newOrganization('Acme'));

      const body = expectScimError(res, 429);
      expect(body.scimType).toBeUndefined();
      expect(res.headers['retry-after']).toMatch(/^[1-9]\d*$/);
    });

    it('should leave other organizations alone', async () => {
      const [busy, quiet] = [await newOrganization('Busy'), await newOrganization('Quiet')];
      await exhaust(busy);

      expect((await quiet.send('get', '/Users?count=1')).status).toBe(200);
    });

    it('should never throttle deprovisioning: DELETE, and PATCH or PUT setting active false', async () => {
      const client = await newOrganization('Deprovisioning');
      const [toDelete, toPatch, toPatchEntra, toPut] = [
        await client.createUser('gone@x.com'),
        await client.createUser('patched@x.com'),
        await client.createUser('entra@x.com'),
        await client.createUser('okta@x.com'),
      ];
      await exhaust(client);

      const statuses = await statusesOf([
        () => client.send('delete', `/Users/${toDelete.id}`),
        () =>
          client.send(
            'patch',
            `/Users/${toPatch.id}`,
            patchBody({ op: 'replace', value: { active: false } }),
          ),
        () =>
          client.send(
            'patch',
            `/Users/${toPatchEntra.id}`,
            patchBody({ op: 'Replace', path: 'active', value: 'False' }),
          ),
        () => client.send('put', `/Users/${toPut.id}`, userBody('okta@x.com', { active: false })),
      ]);

      expect(statuses).toEqual([204, 200, 200, 200]);
    });

    it('should still throttle a PATCH that changes anything else', async () => {
      const client = await newOrganization('Rename');
      const user = await client.createUser('renamed@x.com');
      await exhaust(client);

      const res = await client.send(
        'patch',
        `/Users/${user.id}`,
        patchBody({ op: 'replace', path: 'displayName', value: 'New' }),
      );

      expectScimError(res, 429);
    });

    it('should not limit the settings API', async () => {
      const fixture = await provision(apps, 'Settings');
      await exhaust(new HttpScimClient(apps.scimUrl, fixture.scimToken));

      const res = await request(apps.scimUrl)
        .get(`/api/organizations/${fixture.orgId}/scim`)
        .set('Authorization', `Bearer ${fixture.sessionToken}`);

      expect(res.status).toBe(200);
    });

    it('should count refusals in the scim_rate_limit_rejections_total metric', async () => {
      await exhaust(await newOrganization('Metered'));

      expect(sampleOf(await scrape(apps.scimUrl), 'scim_rate_limit_rejections_total')).toBeGreaterThan(0);
    });
  });

  describe('with the defaults', () => {
    let apps: HardeningApps;
    let client: HttpScimClient;

    beforeAll(async () => {
      apps = await startHardeningApps();
      client = new HttpScimClient(apps.scimUrl, (await provision(apps)).scimToken);
    });

    afterAll(() => apps.close());

    it('should take a burst of 100 parallel requests, then sustain 25 requests per second', async () => {
      const burst = await statusesOf(
        Array.from({ length: 100 }, () => () => client.send('get', '/Users?count=1')),
      );
      expect(burst.filter((status) => status !== 200)).toEqual([]);

      const sustained: Promise<request.Response>[] = [];
      for (let i = 0; i < 75; i++) {
        sustained.push(client.send('get', '/Users?count=1').then((res) => res));
        await sleep(40);
      }
      const statuses = (await Promise.all(sustained)).map((res) => res.status);
      expect(statuses.filter((status) => status !== 200)).toEqual([]);
    });
  });

  describe('off (RATE_LIMIT_PER_SECOND=0)', () => {
    let apps: HardeningApps;

    beforeAll(async () => {
      apps = await startHardeningApps({ env: { RATE_LIMIT_PER_SECOND: '0', RATE_LIMIT_BURST: '1' } });
    });

    afterAll(() => apps.close());

    it('should let everything through', async () => {
      const client = new HttpScimClient(apps.scimUrl, (await provision(apps)).scimToken);

      for (let batch = 0; batch < 3; batch++) {
        const statuses = await statusesOf(
          Array.from({ length: 20 }, () => () => client.send('get', '/Users?count=1')),
        );
        expect(statuses.every((status) => status === 200)).toBe(true);
      }
    });
  });

  describe('in Redis (REDIS_URL)', () => {
    const prefix = `test:${randomBytes(6).toString('hex')}:`;
    let apps: HardeningApps;
    let redisProxy: TcpProxy;
    let replica: NestExpressApplication;
    let replicaUrl: string;

    beforeAll(async () => {
      redisProxy = await TcpProxy.start(REDIS);
      apps = await startHardeningApps({
        env: {
          RATE_LIMIT_PER_SECOND: '1',
          RATE_LIMIT_BURST: '6',
          REDIS_URL: `redis://127.0.0.1:${redisProxy.port}`,
          REDIS_KEY_PREFIX: prefix,
        },
      });
      replica = await createScimApi(apps.config);
      replicaUrl = await listen(replica);
    });

    afterAll(async () => {
      await replica.close();
      await apps.close();
      await redisProxy.close();
      const redis = new Redis(REDIS.port, REDIS.host);
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    });

    it('should share one bucket per organization between replicas', async () => {
      const token = (await provision(apps)).scimToken;
      const replicas = [new HttpScimClient(apps.scimUrl, token), new HttpScimClient(replicaUrl, token)];

      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await replicas[i % 2].send('get', '/Users?count=1')).status);

      expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429]);
    });

    it('should fail open while Redis is unreachable, and limit again once it is back', async () => {
      const client = new HttpScimClient(apps.scimUrl, (await provision(apps, 'Outage')).scimToken);
      await redisProxy.cut();

      const during = [];
      for (let i = 0; i < 12; i++) during.push((await client.send('get', '/Users?count=1')).status);
      expect(during.every((status) => status === 200)).toBe(true);
      expect(sampleOf(await scrape(apps.scimUrl), 'scim_rate_limit_fail_open_total')).toBeGreaterThanOrEqual(
        12,
      );

      await redisProxy.restore();
      await waitFor(
        'rate limiting to resume',
        async () => (await client.send('get', '/Users?count=1')).status === 429,
        10_000,
      );
    });
  });

  describe('with Redis down from the start', () => {
    let apps: HardeningApps;

    beforeAll(async () => {
      const port = await freePort();
      apps = await startHardeningApps({
        env: { RATE_LIMIT_PER_SECOND: '1', RATE_LIMIT_BURST: '2', REDIS_URL: `redis://127.0.0.1:${port}` },
      });
    });

    afterAll(() => apps.close());

    it('should start and serve every request', async () => {
      const client = new HttpScimClient(apps.scimUrl, (await provision(apps)).scimToken);

      const statuses = [];
      for (let i = 0; i < 6; i++) statuses.push((await client.send('get', '/Users?count=1')).status);

      expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
    });
  });
});
