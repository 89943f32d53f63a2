import { loadConfig } from '@app/config';
import { runMigrations } from '@app/database';

/** The one-shot migration step (docker compose `migrate`): applies pending migrations under the advisory lock. */
async function migrate(): Promise<void> {
  const config = loadConfig();
  if (config.DATABASE_URL === undefined) throw new Error('DATABASE_URL is required to migrate');
  const applied = await runMigrations(config.DATABASE_URL);
  console.log(applied.length === 0 ? 'Schema is up to date' : `Applied migrations: ${applied.join(', ')}`);
}

migrate().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
