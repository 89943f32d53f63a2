import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One recorded exchange of an IdP sync cycle (format: test/fixtures/idp/README.md). */
export interface IdpExchange {
  file: string;
  description: string;
  request: {
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
    path: string;
    headers: Record<string, string>;
    body?: unknown;
  };
  expect: {
    status: number;
    bodyContains?: unknown;
    capture: Record<string, string>;
  };
}

export type IdpName = 'entra' | 'okta';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'idp');
const FILE_NAME = /^\d{2}-[a-z0-9-]+\.json$/;
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
const PLACEHOLDER = /\{\{([A-Za-z][A-Za-z0-9]*)\}\}/g;

/** The exchanges of one IdP folder in file order; a malformed fixture fails loudly instead of testing less. */
export function loadIdpCycle(idp: IdpName): IdpExchange[] {
  const folder = join(FIXTURES, idp);
  const files = readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort();
  return files.map((file) => {
    if (!FILE_NAME.test(file)) throw new Error(`${idp}/${file}: fixture files are named NN-name.json`);
    return parseExchange(`${idp}/${file}`, JSON.parse(readFileSync(join(folder, file), 'utf8')) as unknown);
  });
}

function parseExchange(file: string, json: unknown): IdpExchange {
  const fail = (problem: string): never => {
    throw new Error(`${file}: ${problem}`);
  };
  const root = asRecord(json) ?? fail('not a JSON object');
  const request = asRecord(root.request) ?? fail('"request" must be an object');
  const expected = asRecord(root.expect) ?? fail('"expect" must be an object');
  if (typeof root.description !== 'string' || root.description === '') fail('"description" is required');
  const method = request.method;
  if (typeof method !== 'string' || !METHODS.has(method))
    fail(`"request.method" must be one of ${[...METHODS].join(', ')}`);
  if (typeof request.path !== 'string' || !request.path.startsWith('/'))
    fail('"request.path" must start with /');
  if (typeof expected.status !== 'number' || !Number.isInteger(expected.status))
    fail('"expect.status" must be an integer');
  return {
    file,
    description: root.description as string,
    request: {
      method: method as IdpExchange['request']['method'],
      path: request.path as string,
      headers: stringMap(request.headers, '"request.headers"', fail),
      ...(request.body === undefined ? {} : { body: request.body }),
    },
    expect: {
      status: expected.status as number,
      ...(expected.bodyContains === undefined ? {} : { bodyContains: expected.bodyContains }),
      capture: stringMap(expected.capture, '"expect.capture"', fail),
    },
  };
}

function stringMap(value: unknown, what: string, fail: (problem: string) => never): Record<string, string> {
  if (value === undefined) return {};
  const record = asRecord(value) ?? fail(`${what} must be an object`);
  for (const [key, inner] of Object.entries(record)) {
    if (typeof inner !== 'string') fail(`${what}.${key} must be a string`);
  }
  return record as Record<string, string>;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** Replaces `{{name}}` in every string of a JSON value with the captured value. */
export function substitute<T>(value: T, captured: ReadonlyMap<string, string>, file: string): T {
  return substituteValue(value, captured, file) as T;
}

function substituteValue(value: unknown, captured: ReadonlyMap<string, string>, file: string): unknown {
  if (typeof value === 'string') {
    return value.replace(PLACEHOLDER, (_match, name: string) => {
      const found = captured.get(name);
      if (found === undefined)
        throw new Error(`${file}: {{${name}}} was never captured (did an earlier exchange fail?)`);
      return found;
    });
  }
  if (Array.isArray(value)) return value.map((item: unknown) => substituteValue(item, captured, file));
  const record = asRecord(value);
  if (record === undefined) return value;
  return Object.fromEntries(
    Object.entries(record).map(([key, inner]) => [key, substituteValue(inner, captured, file)]),
  );
}

/** Reads a dotted path (`id`, `Resources.0.id`) out of a response body. */
export function valueAt(body: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((current, key) => {
    if (Array.isArray(current)) return current[Number(key)] as unknown;
    return asRecord(current)?.[key];
  }, body);
}

/** Every `password` value anywhere in a request body, so the runner can check none comes back. */
export function passwordsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((item: unknown) => passwordsIn(item));
  const record = asRecord(value);
  if (record === undefined) return [];
  return Object.entries(record).flatMap(([key, inner]) =>
    key.toLowerCase() === 'password' && typeof inner === 'string' ? [inner] : passwordsIn(inner),
  );
}
