import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
export const SCIM_API_MAIN = join(ROOT, 'dist/apps/scim-api/apps/scim-api/src/main.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('spec.ts')) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

/** `nest build scim-api` when dist is missing or older than any source it compiles, so the test runs today's code. */
export function ensureScimApiBuilt(): void {
  const sources = [
    join(ROOT, 'apps/scim-api/src'),
    ...readdirSync(join(ROOT, 'libs')).map((lib) => join(ROOT, 'libs', lib, 'src')),
  ];
  const newest = Math.max(...sources.filter((dir) => existsSync(dir)).map(newestSource));
  if (existsSync(SCIM_API_MAIN) && statSync(SCIM_API_MAIN).mtimeMs >= newest) return;
  execFileSync('npx', ['nest', 'build', 'scim-api'], { cwd: ROOT, stdio: 'pipe', timeout: 240_000 });
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

export interface SpawnedApp {
  child: ChildProcess;
  port: number;
  stdout: string[];
  stderr: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The compiled scim-api as production runs it, with only the environment given here. */
export async function spawnScimApi(env: Record<string, string>): Promise<SpawnedApp> {
  const port = await freePort();
  const child = spawn(process.execPath, [SCIM_API_MAIN], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => stdout.push(chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`scim-api did not start: ${stderr.join('')}`)), 30_000);
    child.once('message', () => {
      clearTimeout(timer);
      ready();
    });
    void exited.then(({ code }) => {
      clearTimeout(timer);
      fail(new Error(`scim-api exited with ${String(code)} before it was ready: ${stderr.join('')}`));
    });
  });
  return { child, port, stdout, stderr, exited };
}
