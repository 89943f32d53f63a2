#!/usr/bin/env node
// `npm run bench`: the built service (dist/apps/scim-api) against bench/reference-server.mjs on one PostgreSQL
// database, per scenario: req/s, p50/p99, errors, and the service/reference ratios; plus start-to-ready, max RSS and,
// with --growth, lookup latency as the population grows. Results go to bench/results/ (git-ignored). See README.md.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readOptions, USAGE } from './lib/args.mjs';
import { checkParity, checkSeedShape } from './lib/checks.mjs';
import { migrate, openDatabase, seededIds, seedTenant, seedUsers, serverFacts } from './lib/database.mjs';
import { drive, SCENARIOS } from './lib/load.mjs';
import {
  cleanup,
  cpuTimeMs,
  freePort,
  installSignalHandlers,
  onCleanup,
  RssSampler,
  startServer,
  stopServer,
} from './lib/processes.mjs';
import { summariseProfile } from './lib/profile-summary.mjs';
import { compactServiceLog, removeIfEmpty } from './lib/service-log.mjs';
import { evaluateTargets, machineFacts, printTargets, withRatios, writeResults } from './lib/report.mjs';
import { syncCycle } from './lib/sync-cycle.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = resolve(benchDir, '..');
const resultsDir = join(benchDir, 'results');
const runId = randomBytes(3).toString('hex');
const log = (message) => console.log(`[bench] ${message}`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A private copy of the build: others may rebuild dist/ mid-run. Under bench/results so node_modules resolves. */
function snapshotBuild(options) {
  if (options.build) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  const source = options.dist === undefined ? join(root, 'dist/apps/scim-api') : resolve(options.dist);
  if (!existsSync(join(source, 'apps/scim-api/src/main.js'))) {
    throw new Error(
      `${source}/apps/scim-api/src/main.js is missing: run \`npm run build\` first (or pass --build)`,
    );
  }
  const target = join(resultsDir, `.dist-${runId}`);
  cpSync(source, target, { recursive: true });
  onCleanup(async () => rmSync(target, { recursive: true, force: true }));
  return target;
}

function progress(scenario, side, duration, sampler) {
  const tty = process.stdout.isTTY;
  return (second, count) => {
    const line = `  ${scenario.padEnd(12)} ${side.padEnd(9)} ${String(second).padStart(3)}/${duration} s  ${String(count).padStart(6)} req/s  service RSS ${sampler.windowMax.toFixed(0)} MB`;
    if (tty) process.stdout.write(`\r${line}   `);
    else if (second % 5 === 0 || second === 1) console.log(line);
  };
}

function printRow(scenario, side, r) {
  if (process.stdout.isTTY) process.stdout.write('\r');
  console.log(
    `  ${scenario.padEnd(12)} ${side.padEnd(9)} ${r.okPerS.toFixed(1).padStart(8)} req/s  p50 ${r.p50Ms.toFixed(2)} ms  p99 ${r.p99Ms.toFixed(2)} ms  cpu ${(r.cpuUserUsPerReq + r.cpuSystemUsPerReq).toFixed(0)} µs/req  errors ${r.errors + r.timeouts}  non-2xx ${r.non2xx}${r.non2xx > 0 ? ` ${JSON.stringify(r.statusCodes)}` : ''}   `,
  );
}

async function profiled(server, file, work) {
  const message = (wanted) =>
    new Promise((done) => {
      const listener = (m) =>
        m?.benchCpuProfile === wanted && (server.child.off('message', listener), done());
      server.child.on('message', listener);
    });
  const started = message('started');
  server.child.send({ benchCpuProfile: 'start' });
  await started;
  const result = await work();
  const written = message('written');
  server.child.send({ benchCpuProfile: 'stop', file });
  await written;
  return result;
}

/** The server process's own CPU time per answered request, split user / system (kernel: sockets, syscalls). */
function cpuPerRequest(before, after, requests) {
  const per = (ms) => (requests > 0 ? (ms * 1000) / requests : 0);
  return {
    cpuUserUsPerReq: per(after.user - before.user),
    cpuSystemUsPerReq: per(after.system - before.system),
  };
}

/** One scenario on both servers, in alternating order so neither always runs on the warmer database. */
async function runScenario(ctx, name, index, extra = {}) {
  const sides = index % 2 === 0 ? ['service', 'reference'] : ['reference', 'service'];
  const row = { name, order: sides, ...extra };
  for (const side of sides) {
    const server = ctx.servers[side];
    const stats = { laps: 0 };
    const generator = SCENARIOS[name]({ ...ctx, slot: side === 'service' ? 0 : 1, stats });
    ctx.sampler.window();
    const work = () =>
      drive({
        port: server.port,
        token: ctx.token,
        connections: ctx.options.connections,
        duration: ctx.options.duration,
        generator,
        onTick: progress(name, side, ctx.options.duration, ctx.sampler),
      });
    const file = join(resultsDir, `${ctx.stamp}-${name}${extra.size ? `-${extra.size}` : ''}.cpuprofile`);
    const cpuBefore = cpuTimeMs(server.child.pid);
    row[side] = ctx.options.cpuProf && side === 'service' ? await profiled(server, file, work) : await work();
    Object.assign(row[side], cpuPerRequest(cpuBefore, cpuTimeMs(server.child.pid), row[side].requests));
    if (side === 'service') row.serviceRssMb = ctx.sampler.window();
    if (ctx.options.cpuProf && side === 'service')
      ctx.profiles[`${name}${extra.size ? ` @${extra.size}` : ''}`] = summariseProfile(file);
    printRow(name, side, row[side]);
    if (stats.laps > 0)
      ctx.notes.push(
        `${name} on the ${side}: ${stats.laps} lap(s) over its ${Math.floor(ctx.ids.length / 2)} ids; later patches re-sent equal values (no write).`,
      );
  }
  return withRatios(row);
}

async function main() {
  const options = readOptions(process.argv.slice(2));
  if (options.help) return console.log(USAGE);
  installSignalHandlers();
  mkdirSync(resultsDir, { recursive: true });
  const date = new Date().toISOString();
  const ctx = { options, runId, stamp: date.replace(/[:.]/g, '-'), notes: [], profiles: {}, servers: {} };
  const distRoot = snapshotBuild(options);

  const db = await openDatabase(process.env.DATABASE_URL, log);
  onCleanup(db.close);
  log(`database ${db.name} (${db.kind}); migrating`);
  await migrate(distRoot, db.url);
  const tenant = await seedTenant(db.url);
  ctx.token = tenant.token;
  ctx.population = options.growth ? options.growthSizes[0] : options.users;
  await seedUsers(db.url, tenant.orgId, 0, ctx.population, log);

  const servicePort = await freePort();
  const serviceEnv = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    DATABASE_URL: db.url,
    PUBLIC_URL: `http://127.0.0.1:${servicePort}`,
    ADMIN_API_TOKEN: randomBytes(24).toString('base64url'),
    DB_POOL_SIZE: '10',
    // The limiter runs (its cost is measured) but never refuses: the bench measures capacity, not the limit.
    RATE_LIMIT_PER_SECOND: '100000',
    RATE_LIMIT_BURST: '1000000',
    ...(options.logLevel === undefined ? {} : { LOG_LEVEL: options.logLevel }),
  };
  const serviceSpec = {
    name: 'service',
    script: join(distRoot, 'apps/scim-api/src/main.js'),
    env: serviceEnv,
    port: servicePort,
    logFile: join(resultsDir, `${ctx.stamp}-service.log`),
    execArgv: [
      ...options.nodeOptions,
      ...(options.cpuProf ? ['--require', join(benchDir, 'lib/cpu-profile.cjs')] : []),
    ],
  };
  onCleanup(async () => {
    ctx.serviceLog = await compactServiceLog(serviceSpec.logFile);
    removeIfEmpty(join(resultsDir, `${ctx.stamp}-reference.log`));
  });
  const readyMs = [];
  for (let start = 1; start <= options.starts; start++) {
    const server = await startServer(serviceSpec);
    readyMs.push(server.readyMs);
    log(`service start ${start}/${options.starts}: ready in ${server.readyMs.toFixed(0)} ms`);
    if (start < options.starts) await stopServer(server);
    else ctx.servers.service = server;
  }
  ctx.sampler = new RssSampler(ctx.servers.service.child.pid);
  const referencePort = await freePort();
  ctx.servers.reference = await startServer({
    name: 'reference',
    script: join(benchDir, 'reference-server.mjs'),
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: db.url,
      PUBLIC_URL: `http://127.0.0.1:${referencePort}`,
      DB_POOL_SIZE: '10',
    },
    port: referencePort,
    logFile: join(resultsDir, `${ctx.stamp}-reference.log`),
  });
  onCleanup(async () => {
    ctx.sampler.stop();
    await Promise.all([stopServer(ctx.servers.service), stopServer(ctx.servers.reference)]);
  });

  ctx.ids = await seededIds(db.url, tenant.orgId);
  const checks = [
    await checkSeedShape({ url: db.url, service: ctx.servers.service, token: ctx.token }),
    await checkParity({ ...ctx.servers, token: ctx.token, ids: ctx.ids }),
  ];
  for (const check of checks) log(`check: ${check.name}: ${check.pass ? 'PASS' : 'FAIL'} (${check.detail})`);

  if (options.warmup > 0) {
    log(`warm-up: ${options.warmup} s of lookup-hit per server (not recorded)`);
    for (const side of ['service', 'reference']) {
      await drive({
        port: ctx.servers[side].port,
        token: ctx.token,
        connections: options.connections,
        duration: options.warmup,
        generator: SCENARIOS['lookup-hit']({ ...ctx, slot: 1 }),
      });
    }
  }

  const results = {
    date,
    runId,
    mode: options.growth ? 'growth' : 'standard',
    machine: machineFacts(root),
    options,
    population: ctx.population,
    checks,
    scenarios: [],
    notes: ctx.notes,
  };
  if (options.growth) {
    results.growth = [];
    for (const [i, size] of options.growthSizes.entries()) {
      if (size > ctx.population) {
        await seedUsers(db.url, tenant.orgId, ctx.population, size, log);
        ctx.population = size;
      }
      log(`population ${size}`);
      for (const [j, name] of ['lookup-hit', 'lookup-miss'].entries())
        results.growth.push(await runScenario(ctx, name, i + j, { size }));
    }
    const base = options.growthSizes[0];
    const top = options.growthSizes.at(-1);
    const at = (name, size) => results.growth.find((row) => row.name === name && row.size === size);
    results.growthRatios = options.growthSizes.slice(1).flatMap((size) =>
      ['lookup-hit', 'lookup-miss'].map((scenario) => ({
        scenario,
        size,
        base,
        target: size === top,
        serviceRatio: at(scenario, size).service.p99Ms / at(scenario, base).service.p99Ms,
        referenceRatio: at(scenario, size).reference.p99Ms / at(scenario, base).reference.p99Ms,
      })),
    );
  } else {
    const loadScenarios = options.scenarios.filter((name) => name !== 'sync-cycle');
    for (const [index, name] of loadScenarios.entries())
      results.scenarios.push(await runScenario(ctx, name, index));
    if (options.scenarios.includes('sync-cycle')) {
      const row = { name: 'sync-cycle' };
      for (const [slot, side] of ['service', 'reference'].entries()) {
        ctx.sampler.window();
        const cpuBefore = cpuTimeMs(ctx.servers[side].child.pid);
        row[side] = await syncCycle({
          port: ctx.servers[side].port,
          token: ctx.token,
          users: options.syncUsers,
          workers: options.syncWorkers,
          prefix: `Sync${slot}-${runId}`,
          onProgress: (done) =>
            done % 500 === 0 &&
            console.log(`  sync-cycle   ${side.padEnd(9)} ${done}/${options.syncUsers} users`),
        });
        Object.assign(
          row[side],
          cpuPerRequest(cpuBefore, cpuTimeMs(ctx.servers[side].child.pid), options.syncUsers * 2),
        );
        if (side === 'service') row.serviceRssMb = ctx.sampler.window();
        console.log(
          `  sync-cycle   ${side.padEnd(9)} ${row[side].wallS.toFixed(2)} s  ${row[side].usersPerS.toFixed(1)} users/s  per-user p99 ${row[side].p99Ms.toFixed(2)} ms  failures ${row[side].failed}`,
        );
      }
      results.syncCycle = withRatios(row);
    }
  }

  results.machine.loadAverageEnd = os.loadavg().map((load) => Number(load.toFixed(2)));
  results.startup = { readyMs, medianMs: median(readyMs), maxMs: Math.max(...readyMs) };
  ctx.sampler.sample();
  results.rss = { maxMb: ctx.sampler.max };
  results.database = { kind: db.kind, ...(await serverFacts(db.url)) };
  if (options.cpuProf) {
    results.profiles = ctx.profiles;
    ctx.notes.push(
      '--cpu-prof: the service ran under the V8 sampling profiler; its figures include that overhead.',
    );
  }
  ctx.notes.push(
    'Reference: node:http + pg Pool(10), same SQL, SHA-256 token lookup with the same 5 s in-process cache and once-a-minute last_used_at, the same PATCH transaction, one provisioning event per write.',
    'Both servers, PostgreSQL and the load generator share this machine; each scenario runs the two servers back to back, order alternating per scenario.',
    'Latency percentiles are computed from every response (2xx or not), in fractions of a millisecond.',
    `Service env: NODE_ENV=production, DB_POOL_SIZE=10, LOG_LEVEL=${options.logLevel ?? '(unset: production default)'}, rate limiter on with RATE_LIMIT_PER_SECOND=100000/RATE_LIMIT_BURST=1000000 (runs, never refuses).`,
  );
  results.targets = evaluateTargets({
    ...results,
    growthRatios: results.growthRatios?.filter((g) => g.target),
  });
  await cleanup();
  results.serviceLog = ctx.serviceLog;
  const base = writeResults(resultsDir, results);
  printTargets(results.targets);
  console.log(`\nResults: ${base}.md and .json`);
  if (options.strict && results.targets.some((t) => t.pass === false)) process.exitCode = 1;
}

main().catch(async (error) => {
  console.error(`[bench] failed: ${error.stack ?? error}`);
  await cleanup();
  process.exit(1);
});
