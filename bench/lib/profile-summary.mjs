// Where a V8 .cpuprofile spends its samples: self time per package (node_modules/<pkg>, libs/<lib>, apps/<app>,
// node internals, GC) and the heaviest functions, so a failing target comes with a place to look.
import { readFileSync } from 'node:fs';

function ownerOf(url, functionName) {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node:internal';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg !== null) return pkg[1];
  const local = /\/(libs|apps)\/([^/]+)\//.exec(url);
  if (local !== null) return `${local[1]}/${local[2]}`;
  return url;
}

/** Returns { totalMs, byOwner: [[owner, ms, share]], topFunctions: [[name, where, ms, share]] }. */
export function summariseProfile(file, top = 15) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = (profile.timeDeltas[i] ?? 0) / 1000;
    selfMs.set(profile.samples[i], (selfMs.get(profile.samples[i]) ?? 0) + delta);
  }
  const byOwner = new Map();
  const byFunction = new Map();
  let totalMs = 0;
  for (const [id, ms] of selfMs) {
    const { callFrame } = nodes.get(id);
    const owner = ownerOf(callFrame.url, callFrame.functionName);
    if (owner === '(idle)') continue;
    totalMs += ms;
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + ms);
    const where = `${callFrame.url.replace(/^.*\/(node_modules|libs|apps)\//, '$1/')}:${callFrame.lineNumber + 1}`;
    const key = `${callFrame.functionName || '(anonymous)'}\t${where}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  }
  const share = (ms) => (totalMs === 0 ? 0 : ms / totalMs);
  return {
    totalMs,
    byOwner: [...byOwner]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([owner, ms]) => [owner, ms, share(ms)]),
    topFunctions: [...byFunction]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, ms]) => [...key.split('\t'), ms, share(ms)]),
  };
}
