import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { RateLimitStore } from './rate-limit.store';
import type { TokenBucketPolicy } from './token-bucket';

export const RATE_LIMIT_POLICY = Symbol('RATE_LIMIT_POLICY');

export interface RateLimitOutcome {
  allowed: boolean;
  /** Whole seconds for `Retry-After` (RFC 9110 §10.2.3); 0 when allowed. */
  retryAfterSeconds: number;
  /** True when the store failed and the request was let through without counting. */
  failedOpen: boolean;
}

/** The most a limiter check may add to a request, whatever the store does. */
const DECISION_TIMEOUT_MS = 500;
const WARNING_INTERVAL_MS = 30_000;

/**
 * Per-key token buckets with one rule above all: the limiter never fails a request. When the store errors or is
 * slow the request goes through uncounted (fail open) and a warning is logged, at most every 30 s: a throttling
 * outage must not turn into failed sync cycles, which Entra counts towards quarantine (idp-behaviour §1).
 */
@Injectable()
export class RateLimiter implements OnApplicationShutdown {
  private readonly logger = new Logger(RateLimiter.name);
  private lastWarningAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly store: RateLimitStore,
    @Inject(RATE_LIMIT_POLICY) private readonly policy: TokenBucketPolicy | null,
  ) {}

  get enabled(): boolean {
    return this.policy !== null;
  }

  async consume(key: string): Promise<RateLimitOutcome> {
    if (this.policy === null) return { allowed: true, retryAfterSeconds: 0, failedOpen: false };
    try {
      const decision = await withTimeout(this.store.take(key, this.policy), DECISION_TIMEOUT_MS);
      if (decision.allowed) return { allowed: true, retryAfterSeconds: 0, failedOpen: false };
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil(decision.retryAfterMs / 1000)),
        failedOpen: false,
      };
    } catch (error) {
      this.warn(`Rate limiting is failing open: ${error instanceof Error ? error.message : String(error)}`);
      return { allowed: true, retryAfterSeconds: 0, failedOpen: true };
    }
  }

  /** Rate-limited logging for the store's own connection errors too. */
  warn(message: string): void {
    const now = Date.now();
    if (now - this.lastWarningAt < WARNING_INTERVAL_MS) return;
    this.lastWarningAt = now;
    this.logger.warn(message);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
