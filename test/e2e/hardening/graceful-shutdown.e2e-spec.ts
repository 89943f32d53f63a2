import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { provision, startHardeningApps, type HardeningApps } from './hardening-apps';
import { ensureScimApiBuilt, spawnScimApi, type SpawnedApp } from './built-app';
import { sleep, userBody } from './hardening-helpers';
import { TEST_ADMIN_TOKEN, TEST_PUBLIC_URL } from '../../support/test-apps';

interface Reply {
  status: number;
  body: string;
}

/** A POST whose body arrives in two halves, so the test decides when the request is in flight and when it ends. */
function slowPost(
  port: number,
  token: string,
  body: string,
): { req: ClientRequest; reply: Promise<Reply>; finish(): void } {
  const half = Math.floor(body.length / 2);
  const req = httpRequest({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: '/api/scim/Users',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/scim+json',
      'Content-Length': Buffer.byteLength(body),
    },
  });
  const reply = new Promise<Reply>((resolve, reject) => {
    req.once('error', reject);
    req.once('response', (res: IncomingMessage) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.once('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
  });
  req.write(body.slice(0, half));
  return { req, reply, finish: () => req.end(body.slice(half)) };
}

function connects(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/health/live', agent: false }, (res) => {
      res.resume();
      resolve(true);
    });
    req.once('error', () => resolve(false));
    req.end();
  });
}

describe('Graceful shutdown of the built scim-api', () => {
  let apps: HardeningApps;
  let token: string;
  let running: SpawnedApp | undefined;

  const environment = (extra: Record<string, string> = {}): Record<string, string> => ({
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATABASE_URL: apps.db.url,
    ADMIN_API_TOKEN: TEST_ADMIN_TOKEN,
    PUBLIC_URL: TEST_PUBLIC_URL,
    DB_POOL_SIZE: '2',
    ...extra,
  });

  beforeAll(async () => {
    ensureScimApiBuilt();
    apps = await startHardeningApps();
    token = (await provision(apps)).scimToken;
  }, 300_000);

  afterEach(() => {
    if (running !== undefined && running.child.exitCode === null) running.child.kill('SIGKILL');
    running = undefined;
  });

  afterAll(() => apps.close());

  it('should stop accepting, finish the request in flight and exit 0 on SIGTERM', async () => {
    running = await spawnScimApi(environment());
    const inFlight = slowPost(running.port, token, JSON.stringify(userBody('in.flight@x.com')));
    await sleep(300);

    running.child.kill('SIGTERM');
    await sleep(500);
    expect(await connects(running.port)).toBe(false);
    inFlight.finish();

    const reply = await inFlight.reply;
    expect(reply.status).toBe(201);
    expect(JSON.parse(reply.body)).toMatchObject({ userName: 'in.flight@x.com' });
    await expect(running.exited).resolves.toEqual({ code: 0, signal: null });
    const lines = running.stdout
      .join('')
      .split('\n')
      .filter((line) => line.trim() !== '');
    const requests = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.msg === 'request');
    expect(requests).toContainEqual(
      expect.objectContaining({ method: 'POST', route: '/api/scim/Users', status: 201, service: 'scim-api' }),
    );
    expect(running.stdout.join('') + running.stderr.join('')).not.toContain(token);
  }, 60_000);

  it('should cut a request still running after SHUTDOWN_TIMEOUT_MS and still exit 0', async () => {
    running = await spawnScimApi(environment({ SHUTDOWN_TIMEOUT_MS: '1000' }));
    const stuck = slowPost(running.port, token, JSON.stringify(userBody('never.finished@x.com')));
    await sleep(300);
    const started = Date.now();

    running.child.kill('SIGTERM');

    await expect(stuck.reply).rejects.toThrow(/socket hang up|ECONNRESET/);
    await expect(running.exited).resolves.toEqual({ code: 0, signal: null });
    expect(Date.now() - started).toBeLessThan(6000);
  }, 60_000);
});
