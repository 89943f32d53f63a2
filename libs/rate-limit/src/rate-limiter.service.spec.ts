import { Logger } from '@nestjs/common';
import { MemoryRateLimitStore } from './memory-rate-limit.store';
import { RateLimitStore } from './rate-limit.store';
import { RateLimiter } from './rate-limiter.service';
import type { RateLimitDecision } from './token-bucket';

class FailingStore extends RateLimitStore {
  constructor(private readonly behaviour: 'throw' | 'hang') {
    super();
  }
  take(): Promise<RateLimitDecision> {
    if (this.behaviour === 'throw') return Promise.reject(new Error('connection refused'));
    return new Promise(() => undefined);
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

describe(RateLimiter.name, () => {
  let warn: jest.SpyInstance;

  beforeEach(() => {
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('should refuse past the burst with a Retry-After of at least one second', async () => {
    const sut = new RateLimiter(new MemoryRateLimitStore(() => 0), { ratePerSecond: 100, burst: 1 });
    await expect(sut.consume('org:a')).resolves.toEqual({
      allowed: true,
      retryAfterSeconds: 0,
      failedOpen: false,
    });
    await expect(sut.consume('org:a')).resolves.toEqual({
      allowed: false,
      retryAfterSeconds: 1,
      failedOpen: false,
    });
  });

  it('should allow everything when disabled', async () => {
    const sut = new RateLimiter(new FailingStore('throw'), null);
    expect(sut.enabled).toBe(false);
    await expect(sut.consume('org:a')).resolves.toMatchObject({ allowed: true, failedOpen: false });
  });

  it('should fail open, and log once, when the store fails', async () => {
    const sut = new RateLimiter(new FailingStore('throw'), { ratePerSecond: 1, burst: 1 });
    await expect(sut.consume('org:a')).resolves.toEqual({
      allowed: true,
      retryAfterSeconds: 0,
      failedOpen: true,
    });
    await expect(sut.consume('org:a')).resolves.toMatchObject({ allowed: true, failedOpen: true });
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('should fail open within half a second when the store hangs', async () => {
    const sut = new RateLimiter(new FailingStore('hang'), { ratePerSecond: 1, burst: 1 });
    const started = Date.now();
    await expect(sut.consume('org:a')).resolves.toMatchObject({ allowed: true, failedOpen: true });
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
