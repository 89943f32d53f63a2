import type { RateLimitDecision, TokenBucketPolicy } from './token-bucket';

/** Where buckets live: in this process, or in Redis so that replicas share them. */
export abstract class RateLimitStore {
  /** Takes one token from the bucket `key`; rejects only when the store itself fails. */
  abstract take(key: string, policy: TokenBucketPolicy): Promise<RateLimitDecision>;

  abstract close(): Promise<void>;
}
