import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { loadConfig, type AppConfig } from '@app/config';
import { runMigrations, startEmbeddedPostgres, type EmbeddedDatabase } from '@app/database';
import { printBanner } from './banner';
import { DemoSeedModule } from './demo-seed.module';
import { DemoSeedService, type DemoCredentials } from './demo-seed.service';

const APPS = ['scim-api', 'admin-api'] as const;

/**
 * `npm start`: the database (DATABASE_URL, or an embedded PostgreSQL outside production), migrations under an
 * advisory lock, the development seed, then both listeners as child processes. SIGTERM/SIGINT stop them all.
 */
export async function launch(): Promise<void> {
  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (databaseUrl === undefined) {
    if (config.isProduction) throw new Error('DATABASE_URL is required when NODE_ENV=production');
    embedded = await startEmbeddedPostgres(config.DATA_DIR, (line) => console.error(line));
    databaseUrl = embedded.url;
  }
  const applied = await runMigrations(databaseUrl);
  if (applied.length > 0) console.log(`Applied migrations: ${applied.join(', ')}`);
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl };
  if (!config.isProduction && config.ADMIN_API_TOKEN === undefined)
    env.ADMIN_API_TOKEN = devAdminToken(config);
  const demo = config.isProduction ? undefined : await seedDemo(env, config);
  const children = await Promise.all(APPS.map((app) => startChild(app, env)));
  printBanner(config, env.ADMIN_API_TOKEN, demo);
  stopOnSignal(children, embedded);
}

/** A stable development admin token, kept beside the embedded database; production must set ADMIN_API_TOKEN. */
function devAdminToken(config: AppConfig): string {
  const file = resolve(config.DATA_DIR, 'dev-admin-token');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(resolve(config.DATA_DIR), { recursive: true });
  const token = `adm_${randomBytes(32).toString('base64url')}`;
  writeFileSync(file, token, { mode: 0o600 });
  return token;
}

/** Development only: credentials of the Demo organization, kept (0600) so a second start can print them again. */
async function seedDemo(env: NodeJS.ProcessEnv, config: AppConfig): Promise<DemoCredentials | undefined> {
  const file = resolve(config.DATA_DIR, 'dev-demo-credentials.json');
  Object.assign(process.env, { DATABASE_URL: env.DATABASE_URL, ADMIN_API_TOKEN: env.ADMIN_API_TOKEN });
  const context = await NestFactory.createApplicationContext(DemoSeedModule, { logger: ['error'] });
  try {
    const seeder = context.get(DemoSeedService);
    const created = await seeder.seed();
    if (created !== undefined) {
      mkdirSync(resolve(config.DATA_DIR), { recursive: true });
      writeFileSync(file, JSON.stringify(created), { mode: 0o600 });
      return created;
    }
    if (!existsSync(file)) return undefined;
    return seeder.resume(JSON.parse(readFileSync(file, 'utf8')) as DemoCredentials);
  } finally {
    await context.close();
  }
}

function startChild(app: (typeof APPS)[number], env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const entry = resolve(__dirname, `../../../../${app}/apps/${app}/src/main.js`);
  const child = fork(entry, [], { env, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (!shuttingDown) {
      console.error(`${app} exited (${signal ?? code ?? 'unknown'}); stopping`);
      process.kill(process.pid, 'SIGTERM');
    }
  });
  return new Promise((resolveReady, reject) => {
    child.once('message', () => resolveReady(child));
    child.once('exit', (code) =>
      reject(new Error(`${app} exited with code ${String(code)} before it was ready`)),
    );
  });
}

let shuttingDown = false;

function stopOnSignal(children: ChildProcess[], embedded: EmbeddedDatabase | undefined): void {
  const stop = (): void => {
    if (shuttingDown) return;
    shuttingDown = true;
    const exited = children.map((child) => new Promise<void>((done) => child.once('exit', () => done())));
    for (const child of children) child.kill('SIGTERM');
    void Promise.all(exited)
      .then(() => embedded?.stop())
      .then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
