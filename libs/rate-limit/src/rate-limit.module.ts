import { Logger, Module } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { MemoryRateLimitStore } from './memory-rate-limit.store';
import { RateLimitStore } from './rate-limit.store';
import { RATE_LIMIT_POLICY, RateLimiter } from './rate-limiter.service';
import { createRedisClient, RedisRateLimitStore, waitUntilReady } from './redis-rate-limit.store';
import type { TokenBucketPolicy } from './token-bucket';

const REDIS_BOOT_WAIT_MS = 1000;
const REDIS_ERROR_LOG_INTERVAL_MS = 30_000;

/**
 * RateLimiter with its policy from RATE_LIMIT_PER_SECOND / RATE_LIMIT_BURST (either 0: off) and its buckets in
 * Redis when REDIS_URL is set, in this process otherwise.
 */
@Module({
  providers: [
    {
      provide: RATE_LIMIT_POLICY,
      inject: [AppConfig],
      useFactory: (config: AppConfig): TokenBucketPolicy | null =>
        config.rateLimitEnabled
          ? { ratePerSecond: config.RATE_LIMIT_PER_SECOND, burst: config.RATE_LIMIT_BURST }
          : null,
    },
    {
      provide: RateLimitStore,
      inject: [AppConfig],
      useFactory: (config: AppConfig): Promise<RateLimitStore> => createStore(config),
    },
    RateLimiter,
  ],
  exports: [RateLimiter],
})
export class RateLimitModule {}

async function createStore(config: AppConfig): Promise<RateLimitStore> {
  if (config.REDIS_URL === undefined || !config.rateLimitEnabled) return new MemoryRateLimitStore();
  const logger = new Logger('RateLimitRedis');
  let lastErrorAt = Number.NEGATIVE_INFINITY;
  const client = createRedisClient(config.REDIS_URL, {
    onError: (error) => {
      if (Date.now() - lastErrorAt < REDIS_ERROR_LOG_INTERVAL_MS) return;
      lastErrorAt = Date.now();
      logger.warn(
        `Redis for rate limiting is unavailable (requests are not limited meanwhile): ${error.message}`,
      );
    },
  });
  if (!(await waitUntilReady(client, REDIS_BOOT_WAIT_MS))) {
    logger.warn('Redis for rate limiting is not reachable yet; starting without limits until it is');
  }
  return new RedisRateLimitStore(client, `${config.REDIS_KEY_PREFIX}rate-limit:`);
}
