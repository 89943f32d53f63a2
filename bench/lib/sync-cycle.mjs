// Entra's initial cycle for users it has never provisioned: for each one, GET /Users?filter=userName eq "…" (a miss),
// then POST /Users, with a fixed number of users in flight (Entra's provisioning workers), over keep-alive sockets.
import { Agent, request } from 'node:http';
import { entraCreateBody } from './population.mjs';
import { lookupPath, percentile, USERS_PATH } from './load.mjs';

const REQUEST_TIMEOUT_MS = 15_000;

function call(agent, port, token, method, path, body) {
  return new Promise((resolve) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        timeout: REQUEST_TIMEOUT_MS,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/scim+json',
          ...(payload === undefined
            ? {}
            : { 'content-type': 'application/scim+json', 'content-length': Buffer.byteLength(payload) }),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', () => resolve({ status: 0, text: '' }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, text: '' }));
    req.end(payload);
  });
}

/** Returns wall time, users/s, per-user p50/p99 (lookup + create) and the failures by kind. */
export async function syncCycle({ port, token, users, workers, prefix, onProgress }) {
  const agent = new Agent({ keepAlive: true, maxSockets: workers });
  const perUser = [];
  const failures = { lookupNotMiss: 0, lookupStatus: 0, createStatus: 0 };
  let next = 0;
  let done = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < users) {
      const body = entraCreateBody(prefix, next++);
      const userStarted = performance.now();
      const found = await call(agent, port, token, 'GET', lookupPath(body.userName));
      if (found.status !== 200) failures.lookupStatus += 1;
      else if (JSON.parse(found.text).totalResults !== 0) failures.lookupNotMiss += 1;
      const created = await call(agent, port, token, 'POST', USERS_PATH, body);
      if (created.status !== 201) failures.createStatus += 1;
      perUser.push(performance.now() - userStarted);
      onProgress?.(++done);
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  const wallS = (performance.now() - started) / 1000;
  agent.destroy();
  const sorted = Float64Array.from(perUser).sort();
  return {
    users,
    workers,
    wallS,
    usersPerS: users / wallS,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    failures,
    failed: failures.lookupNotMiss + failures.lookupStatus + failures.createStatus,
  };
}
