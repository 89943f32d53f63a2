import fc from 'fast-check';
import { fullRefillMs, takeToken, type BucketState, type TokenBucketPolicy } from './token-bucket';

const policy: TokenBucketPolicy = { ratePerSecond: 25, burst: 100 };

function run(times: number[], sutPolicy: TokenBucketPolicy): boolean[] {
  let state: BucketState | undefined;
  return times.map((now) => {
    const result = takeToken(state, now, sutPolicy);
    state = result.state;
    return result.decision.allowed;
  });
}

describe(takeToken.name, () => {
  it('should allow a burst of exactly `burst` requests at one instant', () => {
    const allowed = run(
      Array.from({ length: 150 }, () => 1000),
      policy,
    );
    expect(allowed.filter(Boolean)).toHaveLength(100);
    expect(allowed.slice(0, 100).every(Boolean)).toBe(true);
  });

  it('should say when the next token is back once the bucket is empty', () => {
    let state: BucketState | undefined;
    for (let i = 0; i < 100; i++) state = takeToken(state, 0, policy).state;
    const { decision } = takeToken(state, 0, policy);
    expect(decision).toEqual({ allowed: false, remaining: 0, retryAfterMs: 40 });
    expect(takeToken(state, 40, policy).decision.allowed).toBe(true);
  });

  it('should sustain the configured rate indefinitely', () => {
    const times = Array.from({ length: 10_000 }, (_, i) => i * 40);
    expect(run(times, policy).every(Boolean)).toBe(true);
  });

  it('should never hold more than `burst` tokens however long it idles', () => {
    const { state } = takeToken({ tokens: 0, updatedAtMs: 0 }, 10 ** 9, policy);
    expect(state.tokens).toBe(policy.burst - 1);
  });

  it('should refill nothing when the clock steps backwards', () => {
    const { decision } = takeToken({ tokens: 0.5, updatedAtMs: 5000 }, 1000, policy);
    expect(decision.allowed).toBe(false);
  });

  it('should compute the time to refill a bucket completely', () => {
    expect(fullRefillMs(policy)).toBe(4000);
  });

  it('should never allow more than burst + rate × elapsed over any run of requests', () => {
    fc.assert(
      fc.property(
        fc.record({
          ratePerSecond: fc.integer({ min: 1, max: 200 }),
          burst: fc.integer({ min: 1, max: 300 }),
        }),
        fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 500 }),
        (sutPolicy, gaps) => {
          const times = gaps.reduce<number[]>((acc, gap) => [...acc, (acc.at(-1) ?? 0) + gap], []);
          const allowed = run(times, sutPolicy).filter(Boolean).length;
          const elapsed = times.at(-1)! - times[0];
          return allowed <= sutPolicy.burst + (sutPolicy.ratePerSecond * elapsed) / 1000 + 1e-9;
        },
      ),
    );
  });
});
