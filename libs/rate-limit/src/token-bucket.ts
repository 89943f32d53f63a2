/** A token bucket: `burst` tokens at most, refilled continuously at `ratePerSecond`; one request takes one token. */
export interface TokenBucketPolicy {
  ratePerSecond: number;
  burst: number;
}

export interface BucketState {
  tokens: number;
  updatedAtMs: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** Tokens left after this request (fractional). */
  remaining: number;
  /** 0 when allowed; otherwise how long until one token is back. */
  retryAfterMs: number;
}

/**
 * Refills the bucket for the time elapsed since its last update and takes one token if there is one. A clock that
 * steps backwards refills nothing rather than draining the bucket. The Redis script (redis-rate-limit.store.ts) is
 * the same arithmetic in Lua; keep the two in step.
 */
export function takeToken(
  state: BucketState | undefined,
  nowMs: number,
  policy: TokenBucketPolicy,
): { state: BucketState; decision: RateLimitDecision } {
  const elapsedMs = state === undefined ? 0 : Math.max(0, nowMs - state.updatedAtMs);
  const available = Math.min(
    policy.burst,
    (state?.tokens ?? policy.burst) + (elapsedMs * policy.ratePerSecond) / 1000,
  );
  if (available >= 1) {
    return {
      state: { tokens: available - 1, updatedAtMs: nowMs },
      decision: { allowed: true, remaining: available - 1, retryAfterMs: 0 },
    };
  }
  return {
    state: { tokens: available, updatedAtMs: nowMs },
    decision: {
      allowed: false,
      remaining: available,
      retryAfterMs: Math.ceil(((1 - available) * 1000) / policy.ratePerSecond),
    },
  };
}

/** How long an untouched bucket takes to refill completely: after that its state is the same as no state. */
export function fullRefillMs(policy: TokenBucketPolicy): number {
  return Math.ceil((policy.burst * 1000) / policy.ratePerSecond);
}
