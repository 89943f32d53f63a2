// Child processes of a bench run: forked on loopback, timed from fork to a 200 on /health/ready, sampled for
// resident memory, and always stopped, whatever way the run ends.
import { fork } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

const READY_TIMEOUT_MS = 30_000;
const READY_POLL_MS = 10;
const STOP_TIMEOUT_MS = 5_000;
const children = new Set();
const cleanups = [];

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs `fn` once on the way out (normal end, error or signal), last registered first. */
export function onCleanup(fn) {
  cleanups.unshift(fn);
}

let cleaningUp;
export function cleanup() {
  cleaningUp ??= (async () => {
    for (const child of children) child.kill('SIGKILL');
    for (const fn of cleanups) {
      await Promise.race([fn().catch((error) => console.error(`cleanup: ${error.message}`)), sleep(15_000)]);
    }
  })();
  return cleaningUp;
}

export function installSignalHandlers() {
  process.on('exit', () => {
    for (const child of children) child.kill('SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping children and dropping the bench database`);
      void cleanup().finally(() => process.exit(130));
    });
  }
}

/** GET on loopback; resolves the status, or 0 when nothing answers. */
export function httpStatus(port, path, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, timeout: timeoutMs, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
    req.end();
  });
}

/**
 * Forks `script` with `env` on `port`, logging its output to `logFile`, and waits for /health/ready to answer 200.
 * Returns { child, readyMs }: readyMs is fork → first 200, the figure an orchestrator's readiness probe sees.
 */
export async function startServer({ name, script, env, port, logFile, execArgv = [] }) {
  const started = performance.now();
  // The child writes its output straight to the file: piping it through this process would put the log volume
  // on the load generator's event loop (and a service logging synchronously would wait on it).
  const fd = openSync(logFile, 'a');
  const child = fork(script, [], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    execArgv,
    stdio: ['ignore', fd, fd, 'ipc'],
  });
  closeSync(fd);
  children.add(child);
  let exited = false;
  child.once('exit', () => {
    exited = true;
    children.delete(child);
  });
  const deadline = started + READY_TIMEOUT_MS;
  while (performance.now() < deadline && !exited) {
    if ((await httpStatus(port, '/health/ready', 500)) === 200) {
      return { name, child, port, readyMs: performance.now() - started };
    }
    await sleep(READY_POLL_MS);
  }
  child.kill('SIGKILL');
  throw new Error(`${name} was not ready within ${READY_TIMEOUT_MS} ms (exited: ${exited}); see ${logFile}`);
}

/** SIGTERM, then SIGKILL after STOP_TIMEOUT_MS. */
export async function stopServer(server) {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  if ((await Promise.race([exited.then(() => true), sleep(STOP_TIMEOUT_MS).then(() => false)])) === false) {
    child.kill('SIGKILL');
    await exited;
  }
}

/** VmRSS of a process in MB from /proc (Linux); undefined once it is gone. */
export function rssMb(pid) {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match === null ? undefined : Number(match[1]) / 1024;
  } catch {
    return undefined;
  }
}

const CLOCK_TICKS_PER_S = 100; // USER_HZ on Linux

/** User and system CPU time of a process so far, in ms (from /proc/<pid>/stat, 10 ms resolution). */
export function cpuTimeMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return {
      user: (Number(fields[11]) * 1000) / CLOCK_TICKS_PER_S,
      system: (Number(fields[12]) * 1000) / CLOCK_TICKS_PER_S,
    };
  } catch {
    return { user: 0, system: 0 };
  }
}

/** Samples a pid's RSS every `intervalMs`; `window()` returns the max since the previous call. */
export class RssSampler {
  constructor(pid, intervalMs = 200) {
    this.pid = pid;
    this.max = 0;
    this.windowMax = 0;
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
    this.sample();
  }

  sample() {
    const mb = rssMb(this.pid);
    if (mb === undefined) return;
    this.max = Math.max(this.max, mb);
    this.windowMax = Math.max(this.windowMax, mb);
  }

  window() {
    this.sample();
    const max = this.windowMax;
    this.windowMax = 0;
    return max;
  }

  stop() {
    clearInterval(this.timer);
  }
}
