// The HTTP scenarios, driven by autocannon as a library (keep-alive connections, fixed duration). Requests rotate
// over the population through setupRequest; latency percentiles come from every response's own timing (autocannon's
// histogram keeps whole milliseconds, too coarse for a 1.3x comparison of single-digit p99s).
import autocannon from 'autocannon';
import { entraCreateBody, scatter, SEED_PREFIX, userNameOf } from './population.mjs';

export const USERS_PATH = '/api/scim/Users';
export const PATCH_BODY = JSON.stringify({
  schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
  Operations: [
    { op: 'Replace', path: 'name.givenName', value: 'x' },
    { op: 'Replace', path: 'active', value: true },
  ],
});

export const lookupPath = (userName) =>
  `${USERS_PATH}?filter=${encodeURIComponent(`userName eq "${userName}"`)}`;

/**
 * Each scenario builds the request generator for one server. `slot` (0 service, 1 reference) keeps the two servers
 * on disjoint names and ids where a write or a cache could favour the second one.
 */
export const SCENARIOS = {
  'lookup-hit': ({ population, slot }) => {
    const next = scatter(population, slot * Math.floor(population / 2));
    return { method: 'GET', path: () => lookupPath(userNameOf(SEED_PREFIX, next())) };
  },
  'lookup-miss': ({ runId, slot }) => {
    let k = 0;
    return { method: 'GET', path: () => lookupPath(userNameOf(`Missing${slot}-${runId}`, k++)) };
  },
  'get-by-id': ({ ids, slot }) => {
    const next = scatter(ids.length, slot * Math.floor(ids.length / 2));
    return { method: 'GET', path: () => `${USERS_PATH}/${ids[next()]}` };
  },
  create: ({ runId, slot }) => {
    let k = 0;
    return {
      method: 'POST',
      path: () => USERS_PATH,
      body: () => JSON.stringify(entraCreateBody(`Create${slot}-${runId}`, k++)),
    };
  },
  // The first patch of a user changes givenName (a real write); a second lap would only re-send equal values.
  patch: ({ ids, slot, stats }) => {
    const half = Math.floor(ids.length / 2);
    let k = 0;
    return {
      method: 'PATCH',
      path: () => {
        if (k > 0 && k % half === 0) stats.laps += 1;
        return `${USERS_PATH}/${ids[slot * half + (k++ % half)]}`;
      },
      body: () => PATCH_BODY,
    };
  },
};

export function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One autocannon run; `onTick(second, completedInThatSecond)` drives the progress line. */
export function drive({ port, token, connections, duration, generator, onTick }) {
  const latencies = [];
  const headers = {
    authorization: `Bearer ${token}`,
    accept: 'application/scim+json',
    'content-type': 'application/scim+json',
  };
  const request = {
    method: generator.method,
    setupRequest: (req) => ({
      ...req,
      path: generator.path(),
      ...(generator.body ? { body: generator.body() } : {}),
    }),
  };
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections,
        duration,
        timeout: 10,
        headers,
        requests: [request],
      },
      (error, result) => (error ? reject(error) : resolve(summarise(result, latencies))),
    );
    let second = 0;
    instance.on('tick', ({ counter }) => onTick?.(++second, counter));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

function summarise(result, latencies) {
  const sorted = Float64Array.from(latencies).sort();
  const seconds = result.duration;
  return {
    durationS: seconds,
    requests: result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'],
    okPerS: result['2xx'] / seconds,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.length > 0 ? sorted[sorted.length - 1] : 0,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]),
    ),
  };
}
