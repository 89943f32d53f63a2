// The bench's yardstick: plain node:http + a pg Pool of the service's size, on the same tables with the same SQL as
// libs/scim-users/src/persistence/typeorm-scim-users.repository.ts and libs/tokens/src/scim-tokens.service.ts. Per
// request it does the same work: SHA-256 of the bearer token with the same 5 s in-process cache (and the same
// once-a-minute last_used_at write), one statement per read, the same transaction for PATCH, one provisioning event
// per write, an X-Request-Id. No framework, no schema-driven validation: the gap to it is the service's overhead.
//
// Env: DATABASE_URL, PORT, HOST (default 127.0.0.1), PUBLIC_URL, DB_POOL_SIZE (default 10).
import { createHash, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';
import {
  applyPatch,
  errorBody,
  HttpError,
  LIST_RESPONSE_SCHEMA,
  parseUserNameFilter,
  rowValues,
  sameValues,
  toScimUser,
  toValues,
} from './reference/scim-user.mjs';

const COLUMNS = `id, organization_id, user_name, external_id, active, given_name, family_name,
  display_name, role, attributes, version, created_at, updated_at`;
const TOKEN_CACHE_MS = 5_000;
const LAST_USED_WRITE_MS = 60_000;
const MAX_BODY = 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOKEN_SHAPE = /^scim_[A-Za-z0-9_-]{43}$/;
const USERS = '/api/scim/Users';

const port = Number(process.env.PORT ?? 3100);
const baseUrl = (process.env.PUBLIC_URL ?? `http://127.0.0.1:${port}`).replace(/\/+$/, '');
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DB_POOL_SIZE ?? 10),
  idleTimeoutMillis: 30_000,
  connectionTimeoutMillis: 3_000,
  statement_timeout: 10_000,
  application_name: 'scim-bench-reference',
});
const tokenCache = new Map();
const lastUsedWrites = new Map();

async function authenticate(header) {
  const candidate = /^Bearer (.+)$/i.exec(header ?? '')?.[1];
  if (candidate === undefined || !TOKEN_SHAPE.test(candidate)) return undefined;
  const hash = createHash('sha256').update(candidate, 'utf8').digest('hex');
  const now = Date.now();
  const cached = tokenCache.get(hash);
  if (cached !== undefined && cached.until > now) return touch(cached.principal);
  const { rows } = await pool.query(
    'SELECT id, organization_id, expires_at, revoked_at FROM scim_tokens WHERE secret_hash = $1 LIMIT 1',
    [hash],
  );
  const row = rows[0];
  if (row === undefined || row.revoked_at !== null || (row.expires_at !== null && row.expires_at <= now)) {
    return undefined;
  }
  const principal = { orgId: row.organization_id, tokenId: row.id };
  tokenCache.set(hash, { principal, until: now + TOKEN_CACHE_MS });
  return touch(principal);
}

function touch(principal) {
  const now = Date.now();
  if (now - (lastUsedWrites.get(principal.tokenId) ?? 0) >= LAST_USED_WRITE_MS) {
    lastUsedWrites.set(principal.tokenId, now);
    pool
      .query('UPDATE scim_tokens SET last_used_at = now() WHERE id = $1', [principal.tokenId])
      .catch(() => {});
  }
  return principal;
}

const location = (id) => `${baseUrl}${USERS}/${id}`;

async function lookup(principal, url) {
  const filter = url.searchParams.get('filter');
  if (filter === null)
    throw new HttpError(400, 'The reference server answers filtered lookups only', 'invalidFilter');
  const { rows } = await pool.query(
    `SELECT ${COLUMNS} FROM members
      WHERE organization_id = $1 AND lower(user_name) = lower($2) AND deleted_at IS NULL`,
    [principal.orgId, parseUserNameFilter(filter)],
  );
  const resources = rows.map((row) => toScimUser(row, location(row.id)));
  return [
    200,
    {
      schemas: [LIST_RESPONSE_SCHEMA],
      totalResults: rows.length,
      startIndex: 1,
      itemsPerPage: rows.length,
      Resources: resources,
    },
  ];
}

async function getById(principal, id) {
  if (!UUID.test(id)) throw new HttpError(404, `User ${id} not found`);
  const { rows } = await pool.query(
    `SELECT ${COLUMNS} FROM members WHERE organization_id = $1 AND id = $2 AND deleted_at IS NULL`,
    [principal.orgId, id],
  );
  if (rows[0] === undefined) throw new HttpError(404, `User ${id} not found`);
  return [200, toScimUser(rows[0], location(id))];
}

const valueParameters = (v) => [
  v.userName,
  v.externalId,
  v.active,
  v.givenName,
  v.familyName,
  v.displayName,
  v.role,
  JSON.stringify(v.attributes),
];

async function create(principal, body, requestId) {
  const values = toValues(body);
  const { rows } = await pool.query(
    `INSERT INTO members AS m (organization_id, user_name, external_id, active, given_name, family_name,
                               display_name, role, attributes, source)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'scim')
     ON CONFLICT (organization_id, lower(user_name)) DO UPDATE SET
       user_name = EXCLUDED.user_name, external_id = EXCLUDED.external_id, active = EXCLUDED.active,
       given_name = EXCLUDED.given_name, family_name = EXCLUDED.family_name, display_name = EXCLUDED.display_name,
       role = EXCLUDED.role, attributes = EXCLUDED.attributes, source = 'scim', deleted_at = NULL,
       version = m.version + 1, updated_at = now()
     WHERE m.deleted_at IS NOT NULL
     RETURNING ${COLUMNS}, (xmax = 0) AS inserted`,
    [principal.orgId, ...valueParameters(values)],
  );
  const row = rows[0];
  if (row === undefined) {
    throw new HttpError(409, `A user with userName '${values.userName}' already exists`, 'uniqueness');
  }
  await audit(principal, row.inserted ? 'create' : 'restore', row, 201, requestId);
  return [201, toScimUser(row, location(row.id))];
}

async function patch(principal, id, body, requestId) {
  if (!UUID.test(id)) throw new HttpError(404, `User ${id} not found`);
  const client = await pool.connect();
  let row;
  let changed = false;
  try {
    await client.query('START TRANSACTION');
    const current = (
      await client.query(
        `SELECT ${COLUMNS} FROM members WHERE organization_id = $1 AND id = $2 AND deleted_at IS NULL FOR UPDATE`,
        [principal.orgId, id],
      )
    ).rows[0];
    if (current === undefined) throw new HttpError(404, `User ${id} not found`);
    const next = applyPatch(current, body);
    row = current;
    if (!sameValues(rowValues(current), next)) {
      row = (
        await client.query(
          `UPDATE members SET user_name = $2, external_id = $3, active = $4, given_name = $5, family_name = $6,
                  display_name = $7, role = $8, attributes = $9, version = version + 1, updated_at = now()
            WHERE organization_id = $1 AND id = $10
            RETURNING ${COLUMNS}`,
          [principal.orgId, ...valueParameters(next), id],
        )
      ).rows[0];
      changed = true;
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  if (changed) await audit(principal, 'patch', row, 200, requestId);
  return [200, toScimUser(row, location(row.id))];
}

async function audit(principal, action, row, status, requestId) {
  await pool.query(
    `INSERT INTO provisioning_events (organization_id, actor_type, actor_id, action, target_member_id,
                                      target_user_name, outcome, http_status, request_id)
     VALUES ($1, 'token', $2, $3, $4, $5, 'success', $6, $7)`,
    [principal.orgId, principal.tokenId, action, row.id, row.user_name.slice(0, 256), status, requestId],
  );
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new HttpError(413, 'Body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new HttpError(400, 'The body is not valid JSON', 'invalidSyntax'));
      }
    });
    req.on('error', reject);
  });
}

async function route(req, requestId) {
  const url = new URL(req.url, 'http://reference');
  if (url.pathname === '/health/ready' && req.method === 'GET') {
    await pool.query('SELECT 1');
    return [200, { status: 'ok', database: 'up' }];
  }
  if (!url.pathname.startsWith(USERS)) throw new HttpError(404, 'Not found');
  const principal = await authenticate(req.headers.authorization);
  if (principal === undefined) throw new HttpError(401, 'A valid SCIM bearer token is required');
  const id =
    url.pathname.length > USERS.length + 1
      ? decodeURIComponent(url.pathname.slice(USERS.length + 1))
      : undefined;
  if (id === undefined && req.method === 'GET') return lookup(principal, url);
  if (id === undefined && req.method === 'POST') return create(principal, await readJson(req), requestId);
  if (id !== undefined && req.method === 'GET') return getById(principal, id);
  if (id !== undefined && req.method === 'PATCH') return patch(principal, id, await readJson(req), requestId);
  throw new HttpError(405, 'Method not supported by the reference server');
}

function send(res, status, body, requestId) {
  const text = JSON.stringify(body);
  const headers = {
    'Content-Type': 'application/scim+json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'X-Request-Id': requestId,
  };
  if (body?.meta?.version !== undefined) headers.ETag = body.meta.version;
  if (status === 201) headers.Location = body.meta.location;
  res.writeHead(status, headers);
  res.end(text);
}

const server = createServer((req, res) => {
  const requestId = randomUUID();
  route(req, requestId).then(
    ([status, body]) => send(res, status, body, requestId),
    (error) => {
      if (error instanceof HttpError)
        return send(res, error.status, errorBody(error.status, error.message, error.scimType), requestId);
      console.error(`request ${requestId} ${req.method} ${req.url} failed: ${error.stack ?? error}`);
      return send(res, 500, errorBody(500, 'Internal server error'), requestId);
    },
  );
});

server.listen(port, process.env.HOST ?? '127.0.0.1', () => process.send?.({ ready: 'reference', port }));

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    void pool.end().finally(() => process.exit(0));
  });
}
