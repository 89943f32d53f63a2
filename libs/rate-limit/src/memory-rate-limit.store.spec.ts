import { MemoryRateLimitStore } from './memory-rate-limit.store';

describe(MemoryRateLimitStore.name, () => {
  const policy = { ratePerSecond: 1, burst: 2 };

  it('should keep one bucket per key', async () => {
    let now = 0;
    const sut = new MemoryRateLimitStore(() => now);
    expect((await sut.take('org:a', policy)).allowed).toBe(true);
    expect((await sut.take('org:a', policy)).allowed).toBe(true);
    expect(await sut.take('org:a', policy)).toEqual({ allowed: false, remaining: 0, retryAfterMs: 1000 });
    expect((await sut.take('org:b', policy)).allowed).toBe(true);
    now = 1000;
    expect((await sut.take('org:a', policy)).allowed).toBe(true);
  });

  it('should forget its buckets when closed', async () => {
    const sut = new MemoryRateLimitStore(() => 0);
    await sut.take('org:a', policy);
    await sut.close();
    expect(sut.size).toBe(0);
  });
});
