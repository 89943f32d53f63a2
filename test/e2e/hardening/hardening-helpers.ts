import request from 'supertest';
import { PATCH_OP_SCHEMA, SCIM_ERROR_SCHEMA, type ScimErrorType } from '@app/scim-core';

export { PATCH_OP_SCHEMA };
export const CORE_USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface ScimErrorWire {
  schemas: string[];
  status: string;
  scimType?: ScimErrorType;
  detail: string;
}

export interface ScimUserWire {
  id: string;
  userName: string;
  displayName?: string;
  active: boolean;
  meta: { version: string };
}

/** An IdP holding one organization's token, over real HTTP to a listening server (requests run in parallel). */
export class HttpScimClient {
  constructor(
    private readonly baseUrl: string,
    readonly token: string,
  ) {}

  send(method: Method, path: string, body?: unknown): request.Test {
    const call = request(this.baseUrl)
      [method](`/api/scim${path}`)
      .set('Authorization', `Bearer ${this.token}`);
    if (body === undefined) return call;
    return call
      .set('Content-Type', 'application/scim+json')
      .send(typeof body === 'string' ? body : JSON.stringify(body));
  }

  async createUser(userName: string, extra: Record<string, unknown> = {}): Promise<ScimUserWire> {
    const res = await this.send('post', '/Users', userBody(userName, extra));
    if (res.status !== 201) throw new Error(`create ${userName}: ${res.status} ${res.text}`);
    return res.body as ScimUserWire;
  }
}

export function userBody(userName: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemas: [CORE_USER_SCHEMA],
    userName,
    name: { givenName: 'Given', familyName: 'Family' },
    active: true,
    ...extra,
  };
}

export function patchBody(...operations: unknown[]): Record<string, unknown> {
  return { schemas: [PATCH_OP_SCHEMA], Operations: operations };
}

export function versionOf(user: { meta: { version: string } }): number {
  const match = /^W\/"(\d+)"$/.exec(user.meta.version);
  if (match === null) throw new Error(`Unexpected version ${user.meta.version}`);
  return Number(match[1]);
}

/** A well-formed RFC 7644 §3.12 error with the SCIM media type, and nothing in it that leaks internals. */
export function expectScimError(
  res: request.Response,
  status: number,
  scimType?: ScimErrorType,
): ScimErrorWire {
  expect({ status: res.status, type: res.type }).toEqual({ status, type: 'application/scim+json' });
  const body = JSON.parse(res.text) as ScimErrorWire;
  expect(body.schemas).toEqual([SCIM_ERROR_SCHEMA]);
  expect(body.status).toBe(String(status));
  expect(typeof body.detail).toBe('string');
  if (scimType !== undefined) expect(body.scimType).toBe(scimType);
  expectNoLeak(res.text);
  return body;
}

const LEAKS = [
  /\bat \S+ \(/, // a stack frame
  /\.(ts|js):\d+/,
  /\/(work|home|usr|app)\//,
  /node_modules/,
  /\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b/,
  /QueryFailedError|duplicate key|violates|syntax error at/i,
];

/** No stack trace, file path or SQL in a response body. */
export function expectNoLeak(text: string): void {
  for (const leak of LEAKS) expect(text).not.toMatch(leak);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `probe` returns true; fails after `timeoutMs`. */
export async function waitFor(
  what: string,
  probe: () => Promise<boolean>,
  timeoutMs: number,
): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await probe()) return Date.now() - started;
    if (Date.now() - started > timeoutMs)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}
