import { RateLimitStore } from './rate-limit.store';
import {
  fullRefillMs,
  takeToken,
  type BucketState,
  type RateLimitDecision,
  type TokenBucketPolicy,
} from './token-bucket';

const MAX_BUCKETS = 100_000;

/**
 * Buckets in this process: exact for one replica; with N replicas behind a balancer an organization gets up to N
 * times the rate (set REDIS_URL to share them). Full buckets are dropped when the map grows, as a full bucket is
 * the same as no bucket.
 */
export class MemoryRateLimitStore extends RateLimitStore {
  private readonly buckets = new Map<string, BucketState>();

  constructor(private readonly now: () => number = () => performance.timeOrigin + performance.now()) {
    super();
  }

  take(key: string, policy: TokenBucketPolicy): Promise<RateLimitDecision> {
    const nowMs = this.now();
    if (this.buckets.size >= MAX_BUCKETS && !this.buckets.has(key)) this.evictFull(nowMs, policy);
    const { state, decision } = takeToken(this.buckets.get(key), nowMs, policy);
    this.buckets.set(key, state);
    return Promise.resolve(decision);
  }

  close(): Promise<void> {
    this.buckets.clear();
    return Promise.resolve();
  }

  get size(): number {
    return this.buckets.size;
  }

  private evictFull(nowMs: number, policy: TokenBucketPolicy): void {
    const refill = fullRefillMs(policy);
    for (const [key, state] of this.buckets) {
      if (nowMs - state.updatedAtMs >= refill) this.buckets.delete(key);
    }
    if (this.buckets.size >= MAX_BUCKETS) this.buckets.clear();
  }
}
