import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO_ROOT = resolve(__dirname, '../../..');

interface LintRun {
  code: number | null;
  output: string;
}

/** Runs the docker compose linter the way CI does, from the repository root. */
function runDclint(file: string): Promise<LintRun> {
  return new Promise((done, fail) => {
    const child = spawn('npx', ['--no-install', 'dclint', file], {
      cwd: REPO_ROOT,
      env: { ...process.env, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', fail);
    child.once('close', (code) => done({ code, output }));
  });
}

// No database here: this file lints a file on disk, so it does not boot the listeners.
describe('docker-compose.yml', () => {
  it('should pass dclint with exit code 0', async () => {
    const run = await runDclint('docker-compose.yml');

    expect(run).toEqual({ code: 0, output: expect.any(String) });
  }, 120_000);

  it('should make dclint fail on a compose file with a known problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dclint-'));
    try {
      const file = join(dir, 'docker-compose.yml');
      writeFileSync(file, 'name: bad\nservices:\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n');

      const run = await runDclint(file);

      expect(run.code).not.toBe(0);
      expect(run.output).toMatch(/service-image-require-explicit-tag|no-unbound-port-interfaces/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
