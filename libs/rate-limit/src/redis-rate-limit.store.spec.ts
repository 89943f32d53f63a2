import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { createRedisClient, RedisRateLimitStore, waitUntilReady } from './redis-rate-limit.store';

/** Runs against the real Redis on this machine; every test writes under its own random prefix and removes it. */
const REDIS_URL = 'redis://127.0.0.1:6379';

describe(RedisRateLimitStore.name, () => {
  let clients: Redis[];
  let prefix: string;

  function connect(): Redis {
    const client = createRedisClient(REDIS_URL, { onError: () => undefined, commandTimeoutMs: 2000 });
    clients.push(client);
    return client;
  }

  beforeEach(() => {
    clients = [];
    prefix = `test:rate-limit:${randomBytes(6).toString('hex')}:`;
  });

  afterEach(async () => {
    const admin = connect();
    await waitUntilReady(admin, 2000);
    const keys = await admin.keys(`${prefix}*`);
    if (keys.length > 0) await admin.del(...keys);
    for (const client of clients) client.disconnect();
  });

  it('should allow the burst, then refuse with the time until the next token', async () => {
    const client = connect();
    await waitUntilReady(client, 2000);
    const sut = new RedisRateLimitStore(client, prefix);
    const policy = { ratePerSecond: 1, burst: 3 };
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await sut.take('org:a', policy));
    expect(results.map((result) => result.allowed)).toEqual([true, true, true, false]);
    expect(results[3].retryAfterMs).toBeGreaterThan(0);
    expect(results[3].retryAfterMs).toBeLessThanOrEqual(1000);
    expect((await sut.take('org:b', policy)).allowed).toBe(true);
  });

  it('should let exactly `burst` of many concurrent requests from several replicas through', async () => {
    const replicas = [connect(), connect(), connect()];
    await Promise.all(replicas.map((client) => waitUntilReady(client, 2000)));
    const stores = replicas.map((client) => new RedisRateLimitStore(client, prefix));
    const policy = { ratePerSecond: 0.001, burst: 10 };
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => stores[i % stores.length].take('org:shared', policy)),
    );
    expect(results.filter((result) => result.allowed)).toHaveLength(10);
  });

  it('should let an idle bucket expire once it would be full again', async () => {
    const client = connect();
    await waitUntilReady(client, 2000);
    const sut = new RedisRateLimitStore(client, prefix);
    await sut.take('org:a', { ratePerSecond: 50, burst: 100 });
    const ttl = await client.pttl(`${prefix}org:a`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(3000);
  });

  it('should reject, not hang, while Redis is unreachable', async () => {
    const client = createRedisClient('redis://127.0.0.1:1', { onError: () => undefined });
    clients.push(client);
    const sut = new RedisRateLimitStore(client, prefix);
    const started = Date.now();
    await expect(sut.take('org:a', { ratePerSecond: 1, burst: 1 })).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
