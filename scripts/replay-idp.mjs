#!/usr/bin/env node
// Replays one IdP fixture folder (test/fixtures/idp/<idp>, format in its README) against a running service, as a
// sync cycle would, and prints each exchange with its status. Exit code 1 on the first unexpected answer.
// Usage: node scripts/replay-idp.mjs <scim base URL without the flag, e.g. http://127.0.0.1:3000/api/scim> <token> <folder>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [baseUrl, token, folder] = process.argv.slice(2);
if (!baseUrl || !token || !folder) {
  console.error('usage: replay-idp.mjs <base URL> <bearer token> <fixture folder>');
  process.exit(2);
}

const captured = new Map();
const fill = (value) => {
  if (typeof value === 'string') {
    return value.replace(/\{\{(\w+)\}\}/g, (_, name) => {
      if (!captured.has(name)) throw new Error(`placeholder {{${name}}} was never captured`);
      return captured.get(name);
    });
  }
  if (Array.isArray(value)) return value.map(fill);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
  return value;
};
const contains = (actual, expected) => {
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((e, i) => contains(actual[i], e))
    );
  }
  if (expected !== null && typeof expected === 'object') {
    return (
      actual !== null &&
      typeof actual === 'object' &&
      Object.entries(expected).every(([k, v]) => contains(actual[k], v))
    );
  }
  return actual === expected;
};
const at = (body, path) =>
  path.split('.').reduce((value, key) => (value == null ? undefined : value[key]), body);

let failures = 0;
for (const file of readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const exchange = JSON.parse(readFileSync(join(folder, file), 'utf8'));
  const request = fill(exchange.request);
  const response = await fetch(encodeURI(`${baseUrl}${request.path}`), {
    method: request.method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(request.body === undefined ? {} : { 'Content-Type': 'application/scim+json' }),
      ...request.headers,
    },
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  const body = text === '' ? undefined : JSON.parse(text);
  const expected = fill(exchange.expect);
  const ok =
    response.status === expected.status &&
    (expected.bodyContains === undefined || contains(body, expected.bodyContains));
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${file.padEnd(48)} ${request.method.padEnd(6)} ${response.status}`);
  if (!ok) {
    failures += 1;
    console.log(
      `     expected ${expected.status}${expected.bodyContains ? ' with ' + JSON.stringify(expected.bodyContains) : ''}; got ${text.slice(0, 400)}`,
    );
    break;
  }
  for (const [name, path] of Object.entries(expected.capture ?? {}))
    captured.set(name, String(at(body, path)));
}
process.exit(failures === 0 ? 0 : 1);
