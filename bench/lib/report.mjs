// Targets, the printed summary and the JSON + Markdown files in bench/results/.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

const THROUGHPUT_FLOOR = { 'lookup-hit': 0.6, 'lookup-miss': 0.6, 'get-by-id': 0.6, create: 0.5, patch: 0.5 };
const SYNC_FLOOR = 0.5;
const P99_CEILING = 2;
const GROWTH_CEILING = 1.3;
const RSS_LIMIT_MB = 300;
const READY_LIMIT_MS = 3000;

export function machineFacts(root) {
  const cpus = os.cpus();
  const git = (...args) => {
    try {
      return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
    } catch {
      return undefined;
    }
  };
  return {
    hostname: os.hostname(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpuModel: cpus[0]?.model ?? 'unknown',
    cpus: cpus.length,
    nproc: os.availableParallelism(),
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    loadAverage: os.loadavg().map((load) => Number(load.toFixed(2))),
    node: process.version,
    gitCommit: git('rev-parse', '--short', 'HEAD'),
    gitDirty: (git('status', '--porcelain') ?? '') !== '',
  };
}

const ratio = (service, reference) => (reference > 0 ? service / reference : undefined);

/** Adds the service/reference ratios to each scenario row. */
export function withRatios(row) {
  return {
    ...row,
    throughputRatio: ratio(
      row.service.okPerS ?? row.service.usersPerS,
      row.reference.okPerS ?? row.reference.usersPerS,
    ),
    p99Ratio: ratio(row.service.p99Ms, row.reference.p99Ms),
  };
}

/** Every target of the issue, PASS/FAIL, or SKIP when its scenario did not run. */
export function evaluateTargets(results) {
  const targets = [];
  const add = (name, value, limit, pass, unit = '') => targets.push({ name, value, limit, unit, pass });
  for (const row of results.scenarios) {
    const floor = THROUGHPUT_FLOOR[row.name];
    if (floor !== undefined)
      add(
        `${row.name} throughput / reference`,
        row.throughputRatio,
        `>= ${floor}`,
        row.throughputRatio >= floor,
      );
    add(`${row.name} p99 / reference p99`, row.p99Ratio, `<= ${P99_CEILING}`, row.p99Ratio <= P99_CEILING);
  }
  if (results.syncCycle !== undefined) {
    const row = results.syncCycle;
    add(
      'sync-cycle users/s / reference',
      row.throughputRatio,
      `>= ${SYNC_FLOOR}`,
      row.throughputRatio >= SYNC_FLOOR,
    );
    add(
      'sync-cycle per-user p99 / reference p99',
      row.p99Ratio,
      `<= ${P99_CEILING}`,
      row.p99Ratio <= P99_CEILING,
    );
  }
  for (const growth of results.growthRatios ?? []) {
    add(
      `${growth.scenario} p99 at ${growth.size} / at ${growth.base} (service)`,
      growth.serviceRatio,
      `<= ${GROWTH_CEILING}`,
      growth.serviceRatio <= GROWTH_CEILING,
    );
  }
  if (results.growthRatios === undefined)
    add('lookup p99 at 1M / at 10k', undefined, `<= ${GROWTH_CEILING}`, null);
  add('service max RSS', results.rss.maxMb, `< ${RSS_LIMIT_MB}`, results.rss.maxMb < RSS_LIMIT_MB, ' MB');
  add(
    'service start to ready (worst)',
    results.startup.maxMs,
    `< ${READY_LIMIT_MS}`,
    results.startup.maxMs < READY_LIMIT_MS,
    ' ms',
  );
  for (const row of [...results.scenarios, ...(results.growth ?? [])]) {
    for (const side of ['service', 'reference']) {
      const r = row[side];
      if (r.errors + r.non2xx > 0)
        add(
          `${row.name}${row.size ? ` @${row.size}` : ''} ${side}: no errors, no non-2xx`,
          r.errors + r.non2xx,
          '= 0',
          false,
        );
    }
  }
  if (results.syncCycle !== undefined) {
    for (const side of ['service', 'reference']) {
      add(
        `sync-cycle ${side}: every user a miss then a 201`,
        results.syncCycle[side].failed,
        '= 0',
        results.syncCycle[side].failed === 0,
      );
    }
  }
  for (const check of results.checks) add(check.name, check.detail, 'equal', check.pass);
  return targets;
}

const fixed = (value, digits = 1) =>
  value === undefined || value === null ? '-' : Number(value).toFixed(digits);
const verdict = (pass) => (pass === null ? 'SKIP' : pass ? 'PASS' : 'FAIL');

const cpu = (r) => `${fixed(r.cpuUserUsPerReq, 0)}+${fixed(r.cpuSystemUsPerReq, 0)}`;

function scenarioTable(rows, withSize = false) {
  const lines = [
    `| ${withSize ? 'users | ' : ''}scenario | service req/s | reference req/s | ratio | service p50 / p99 ms | reference p50 / p99 ms | p99 ratio | CPU µs/req (user+sys) service / reference | errors s/r | non-2xx s/r | service RSS MB |`,
    `|${withSize ? '---|' : ''}---|---|---|---|---|---|---|---|---|---|---|`,
  ];
  for (const row of rows) {
    const s = row.service;
    const r = row.reference;
    lines.push(
      `| ${withSize ? `${row.size} | ` : ''}${row.name} | ${fixed(s.okPerS)} | ${fixed(r.okPerS)} | ${fixed(row.throughputRatio, 2)} | ${fixed(s.p50Ms, 2)} / ${fixed(s.p99Ms, 2)} | ${fixed(r.p50Ms, 2)} / ${fixed(r.p99Ms, 2)} | ${fixed(row.p99Ratio, 2)} | ${cpu(s)} / ${cpu(r)} | ${s.errors + s.timeouts} / ${r.errors + r.timeouts} | ${s.non2xx} / ${r.non2xx} | ${fixed(row.serviceRssMb, 0)} |`,
    );
  }
  return lines.join('\n');
}

export function renderMarkdown(results) {
  const m = results.machine;
  const parts = [
    `# SCIM service benchmark, ${results.date}`,
    '',
    `Machine: ${m.cpuModel}, ${m.cpus} CPUs (nproc ${m.nproc}), ${m.memoryGb} GB, ${m.os}, Node ${m.node}, load average ${m.loadAverage.join(' ')} at start, ${m.loadAverageEnd?.join(' ') ?? '-'} at end (2 cores: anything else running skews both servers).`,
    `Code: ${m.gitCommit ?? 'unknown'}${m.gitDirty ? ' (with uncommitted changes)' : ''}. PostgreSQL: ${results.database.version.split(',')[0]} (${results.database.kind}, shared_buffers ${results.database.shared_buffers}, fsync ${results.database.fsync}).`,
    `Options: ${JSON.stringify(results.options)}.`,
    '',
    `Service start to ready (fork → /health/ready 200): ${results.startup.readyMs.map((ms) => fixed(ms, 0)).join(', ')} ms. Service max RSS: ${fixed(results.rss.maxMb, 0)} MB.`,
    results.serviceLog === undefined
      ? ''
      : `Service log: ${results.serviceLog.requestLines} request lines (${fixed(results.serviceLog.requestLogBytes / Math.max(1, results.serviceLog.requestLines), 0)} bytes each), ${results.serviceLog.otherLines} other lines (kept in the .log file next to this one).`,
    '',
  ];
  if (results.scenarios.length > 0)
    parts.push(`## Scenarios (${results.population} users)`, '', scenarioTable(results.scenarios), '');
  if (results.syncCycle !== undefined) {
    const { service: s, reference: r } = results.syncCycle;
    parts.push(
      `## Sync cycle (${s.users} new users, lookup-miss then create, ${s.workers} in flight)`,
      '',
      '| server | wall s | users/s | per-user p50 / p99 ms | CPU µs/request (user+sys) | failures |',
      '|---|---|---|---|---|---|',
      `| service | ${fixed(s.wallS, 2)} | ${fixed(s.usersPerS)} | ${fixed(s.p50Ms, 2)} / ${fixed(s.p99Ms, 2)} | ${cpu(s)} | ${s.failed} |`,
      `| reference | ${fixed(r.wallS, 2)} | ${fixed(r.usersPerS)} | ${fixed(r.p50Ms, 2)} / ${fixed(r.p99Ms, 2)} | ${cpu(r)} | ${r.failed} |`,
      `| ratio | | ${fixed(results.syncCycle.throughputRatio, 2)} | p99 ${fixed(results.syncCycle.p99Ratio, 2)} | | |`,
      '',
    );
  }
  if (results.growth !== undefined) {
    parts.push(
      '## Growth',
      '',
      scenarioTable(results.growth, true),
      '',
      '| scenario | size | service p99 / base p99 | reference p99 / base p99 |',
      '|---|---|---|---|',
    );
    for (const g of results.growthRatios)
      parts.push(
        `| ${g.scenario} | ${g.size} vs ${g.base} | ${fixed(g.serviceRatio, 2)} | ${fixed(g.referenceRatio, 2)} |`,
      );
    parts.push('');
  }
  parts.push('## Targets', '', '| target | value | limit | result |', '|---|---|---|---|');
  for (const t of results.targets)
    parts.push(
      `| ${t.name} | ${typeof t.value === 'number' ? fixed(t.value, 2) + t.unit : (t.value ?? '-')} | ${t.limit} | ${verdict(t.pass)} |`,
    );
  if (results.profiles !== undefined) {
    parts.push('', '## CPU profile of the service (self time)', '');
    for (const [scenario, summary] of Object.entries(results.profiles)) {
      parts.push(
        `### ${scenario} (${fixed(summary.totalMs, 0)} ms on CPU)`,
        '',
        '| owner | ms | share |',
        '|---|---|---|',
      );
      for (const [owner, ms, share] of summary.byOwner)
        parts.push(`| ${owner} | ${fixed(ms, 0)} | ${fixed(share * 100)}% |`);
      parts.push('', '| function | where | ms | share |', '|---|---|---|---|');
      for (const [name, where, ms, share] of summary.topFunctions)
        parts.push(`| ${name} | ${where} | ${fixed(ms, 0)} | ${fixed(share * 100)}% |`);
      parts.push('');
    }
  }
  parts.push('', ...results.notes.map((note) => `- ${note}`), '');
  return parts.join('\n');
}

export function writeResults(dir, results) {
  const stamp = results.date.replace(/[:.]/g, '-');
  const base = join(dir, `${stamp}-${results.machine.hostname}${results.mode === 'growth' ? '-growth' : ''}`);
  writeFileSync(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(`${base}.md`, renderMarkdown(results));
  return base;
}

export function printTargets(targets) {
  console.log('\nTargets:');
  for (const t of targets) {
    const value = typeof t.value === 'number' ? `${fixed(t.value, 2)}${t.unit}` : (t.value ?? '-');
    console.log(`  ${verdict(t.pass).padEnd(4)}  ${t.name}: ${value} (${t.limit})`);
  }
}

export { scenarioTable };
