// Before measuring: the seeded rows must be what a POST stores, and the reference must answer what the service
// answers (same status, same body for the same row), or the comparison would be of different work.
import { request } from 'node:http';
import { withClient } from './database.mjs';
import { lookupPath, PATCH_BODY, USERS_PATH } from './load.mjs';
import { entraCreateBody, SEED_PREFIX, SEED_PREVIEW, SHAPE_COLUMNS, userNameOf } from './population.mjs';

function call(port, token, method, path, body) {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        timeout: 10_000,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/scim+json' }),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json;
          try {
            json = JSON.parse(text);
          } catch {
            json = text;
          }
          resolve({ status: res.statusCode, body: json });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${path} timed out`)));
    req.on('error', reject);
    req.end(body);
  });
}

const canonical = (value) =>
  JSON.stringify(value, (_key, inner) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );

/** Key paths of a JSON value (array entries merged), for comparing shapes of different users. */
function shapeOf(value, prefix = '') {
  if (Array.isArray(value))
    return [...new Set(value.flatMap((entry) => shapeOf(entry, `${prefix}[]`)))].sort();
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value)
    .flatMap(([key, inner]) => shapeOf(inner, prefix ? `${prefix}.${key}` : key))
    .sort();
}

function withoutLocation(body) {
  return JSON.parse(JSON.stringify(body), (key, value) => (key === 'location' ? undefined : value));
}

/** POSTs one Entra user through the service and compares its stored row with the seed SQL's row for it. */
export async function checkSeedShape({ url, service, token }) {
  const created = await call(
    service.port,
    token,
    'POST',
    USERS_PATH,
    JSON.stringify(entraCreateBody('Shape', 0)),
  );
  if (created.status !== 201)
    return {
      name: 'seeded row = row stored by POST',
      pass: false,
      detail: `POST answered ${created.status}`,
    };
  const [stored, seeded] = await withClient(url, async (client) => [
    (await client.query(`SELECT ${SHAPE_COLUMNS.join(', ')} FROM members WHERE id = $1`, [created.body.id]))
      .rows[0],
    (await client.query(SEED_PREVIEW, ['Shape', 0, 0])).rows[0],
  ]);
  const differing = SHAPE_COLUMNS.filter((column) => canonical(stored[column]) !== canonical(seeded[column]));
  return {
    name: 'seeded row = row stored by POST',
    pass: differing.length === 0,
    detail: differing.length === 0 ? 'equal' : `differs in ${differing.join(', ')}`,
  };
}

/** The same requests to both servers: equal bodies for the same row, equal statuses and shapes for writes. */
export async function checkParity({ service, reference, token, ids }) {
  const outcomes = [];
  const both = (method, path, body) =>
    Promise.all([
      call(service.port, token, method, path, body),
      call(reference.port, token, method, path, body),
    ]);
  const compare = (name, [s, r], exact) => {
    const same =
      s.status === r.status &&
      (exact
        ? canonical(withoutLocation(s.body)) === canonical(withoutLocation(r.body))
        : canonical(shapeOf(withoutLocation(s.body))) === canonical(shapeOf(withoutLocation(r.body))));
    outcomes.push(`${name} ${s.status}/${r.status}${same ? '' : ' DIFFERS'}`);
    return same;
  };
  let pass = compare('lookup-hit', await both('GET', lookupPath(userNameOf(SEED_PREFIX, 0))), true);
  pass = compare('lookup-miss', await both('GET', lookupPath('nobody@Bench.example')), true) && pass;
  pass = compare('get-by-id', await both('GET', `${USERS_PATH}/${ids[0]}`), true) && pass;
  const created = await Promise.all([
    call(service.port, token, 'POST', USERS_PATH, JSON.stringify(entraCreateBody('Parity0', 0))),
    call(reference.port, token, 'POST', USERS_PATH, JSON.stringify(entraCreateBody('Parity1', 0))),
  ]);
  pass = compare('create', created, false) && pass;
  const patched = await Promise.all([
    call(service.port, token, 'PATCH', `${USERS_PATH}/${created[0].body.id}`, PATCH_BODY),
    call(reference.port, token, 'PATCH', `${USERS_PATH}/${created[1].body.id}`, PATCH_BODY),
  ]);
  pass = compare('patch', patched, false) && pass;
  return { name: 'reference answers as the service does', pass, detail: outcomes.join('; ') };
}
