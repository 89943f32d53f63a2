import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from './database-options';

/** Any constant shared by every replica: they serialise on it so two starting at once never race a migration. */
const MIGRATION_LOCK_KEY = 7_644_2020;

/** Runs pending migrations under a PostgreSQL advisory lock; returns the names of the migrations applied. */
export async function runMigrations(url: string): Promise<string[]> {
  // No statement timeout: a migration may legitimately run longer than any request statement.
  const dataSource = new DataSource({
    ...buildDataSourceOptions({ url, poolSize: 2, statementTimeoutMs: 0 }),
    logging: false,
  });
  await dataSource.initialize();
  try {
    const runner = dataSource.createQueryRunner();
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'all' });
      return applied.map((migration) => migration.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
      await runner.release();
    }
  } finally {
    await dataSource.destroy();
  }
}
