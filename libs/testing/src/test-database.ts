import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { runMigrations } from '@app/database';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (url === undefined)
    throw new Error('TEST_DATABASE_URL is unset: run the tests through jest (test/global-setup.mjs)');
  return url;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, migrated database for one test file, on the real PostgreSQL the global setup provides, so test files
 * never share state or depend on order. The name is random and generated here, never taken from input.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `scim_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = withDatabase(serverUrl(), name);
  await runMigrations(url);
  return {
    url,
    drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
