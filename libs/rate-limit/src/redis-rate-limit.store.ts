import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { RateLimitStore } from './rate-limit.store';
import type { RateLimitDecision, TokenBucketPolicy } from './token-bucket';

/**
 * token-bucket.ts's arithmetic as one atomic script, so replicas sharing a bucket never both take its last token.
 * The clock is Redis's (TIME), not each replica's, so skewed replica clocks cannot refill a bucket early.
 * The key expires once the bucket would be full again: an idle organization costs no memory.
 */
export const TOKEN_BUCKET_SCRIPT = `
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(bucket[1])
local ts = tonumber(bucket[2])
if tokens == nil or ts == nil then
  tokens = burst
  ts = now
end
tokens = math.min(burst, tokens + math.max(0, now - ts) * rate / 1000)
local allowed = 0
local retry = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  retry = math.ceil((1 - tokens) * 1000 / rate)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst * 1000 / rate) + 1000)
return { allowed, retry, tostring(tokens) }
`;

const SCRIPT_SHA = createHash('sha1').update(TOKEN_BUCKET_SCRIPT).digest('hex');

/** Buckets in Redis, shared by every replica. Errors propagate: the RateLimiter decides to fail open. */
export class RedisRateLimitStore extends RateLimitStore {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {
    super();
  }

  async take(key: string, policy: TokenBucketPolicy): Promise<RateLimitDecision> {
    const reply = await this.run(`${this.keyPrefix}${key}`, [
      String(policy.ratePerSecond),
      String(policy.burst),
    ]);
    if (!Array.isArray(reply) || reply.length !== 3)
      throw new Error('Unexpected reply from the rate-limit script');
    const [allowed, retryAfterMs, remaining] = reply as unknown[];
    return {
      allowed: allowed === 1,
      retryAfterMs: Number(retryAfterMs),
      remaining: Number(remaining),
    };
  }

  async close(): Promise<void> {
    try {
      await this.redis.quit();
    } catch {
      this.redis.disconnect();
    }
  }

  /** EVALSHA first (the script is sent once per Redis restart), EVAL when Redis does not know it yet. */
  private async run(key: string, args: string[]): Promise<unknown> {
    try {
      return await this.redis.evalsha(SCRIPT_SHA, 1, key, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return this.redis.eval(TOKEN_BUCKET_SCRIPT, 1, key, ...args);
    }
  }
}

export interface RedisClientOptions {
  /** Called for connection errors; ioredis keeps reconnecting in the background. */
  onError: (error: Error) => void;
  commandTimeoutMs?: number;
}

/**
 * A client tuned for a limiter that must never hold a request up: no offline queue (a command while disconnected
 * fails at once), no per-command retries, a short command timeout, and reconnection in the background.
 */
export function createRedisClient(url: string, options: RedisClientOptions): Redis {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: options.commandTimeoutMs ?? 250,
    connectTimeout: 2000,
    // ioredis waits this long for a socket that is already gone when disconnecting mid-reconnect.
    disconnectTimeout: 200,
    retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000),
  });
  client.on('error', options.onError);
  return client;
}

/** Waits for the first connection, at most `timeoutMs`: a Redis that is down must not stop the service starting. */
export function waitUntilReady(client: Redis, timeoutMs: number): Promise<boolean> {
  if (client.status === 'ready') return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(false), timeoutMs);
    const onReady = (): void => finish(true);
    const onEnd = (): void => finish(false);
    function finish(ready: boolean): void {
      clearTimeout(timer);
      client.off('ready', onReady);
      client.off('end', onEnd);
      resolve(ready);
    }
    client.once('ready', onReady);
    client.once('end', onEnd);
  });
}
