import type request from 'supertest';
import { startTestApps, type TestApps } from '../../support/test-apps';
import {
  loadIdpCycle,
  passwordsIn,
  substitute,
  valueAt,
  type IdpExchange,
  type IdpName,
} from './idp-fixtures';
import { provisionScimOrg, SCIM_MEDIA_TYPE, type ScimOrg } from './scim-helpers';

const CYCLES: [IdpName, IdpExchange[]][] = [
  ['entra', loadIdpCycle('entra')],
  ['okta', loadIdpCycle('okta')],
];

/**
 * Replays each IdP's sync cycle (test/fixtures/idp) in file order against a fresh organization, as that IdP would
 * send it: statuses exactly, bodies by deep partial match, ids captured from earlier answers.
 */
describe('IdP replays', () => {
  let apps: TestApps;

  beforeAll(async () => {
    apps = await startTestApps();
  });

  afterAll(async () => {
    await apps.close();
  });

  it('should only expect statuses an Entra job accepts (2xx, or 404 for a lookup)', () => {
    const entra = CYCLES.find(([idp]) => idp === 'entra')?.[1] ?? [];

    expect(entra.length).toBeGreaterThan(0);
    for (const exchange of entra) {
      expect({
        file: exchange.file,
        ok: exchange.expect.status === 404 || exchange.expect.status < 300,
      }).toEqual({
        file: exchange.file,
        ok: true,
      });
    }
  });

  describe.each(CYCLES)('%s', (idp, exchanges) => {
    let org: ScimOrg;
    const captured = new Map<string, string>();
    const passwords: string[] = [];

    beforeAll(async () => {
      org = await provisionScimOrg(apps, `${idp} tenant`);
    });

    it.each(exchanges.map((exchange): [string, IdpExchange] => [exchange.file, exchange]))(
      '%s',
      async (_name, exchange) => {
        const res = await send(org, exchange, captured);

        passwords.push(...passwordsIn(exchange.request.body));
        if (res.status !== exchange.expect.status) {
          throw new Error(
            `${exchange.file}: expected ${exchange.expect.status}, got ${res.status}: ${res.text}`,
          );
        }
        if (res.text !== '') expect(res.headers['content-type']).toMatch(SCIM_MEDIA_TYPE);
        for (const password of passwords) expect(res.text).not.toContain(password);
        if (exchange.expect.bodyContains !== undefined) {
          expect(res.body).toMatchObject(
            substitute(exchange.expect.bodyContains, captured, exchange.file) as object,
          );
        }
        for (const [name, path] of Object.entries(exchange.expect.capture)) {
          const value = valueAt(res.body, path);
          if (typeof value !== 'string')
            throw new Error(`${exchange.file}: no string at "${path}" to capture as {{${name}}}`);
          captured.set(name, value);
        }
      },
    );
  });
});

function send(org: ScimOrg, exchange: IdpExchange, captured: ReadonlyMap<string, string>): request.Test {
  const path = encodeURI(substitute(exchange.request.path, captured, exchange.file));
  const headers = substitute(exchange.request.headers, captured, exchange.file);
  const method = exchange.request.method.toLowerCase() as Lowercase<IdpExchange['request']['method']>;
  const body =
    exchange.request.body === undefined
      ? undefined
      : substitute(exchange.request.body, captured, exchange.file);
  const call = org.scim.send(method, path, body);
  for (const [name, value] of Object.entries(headers)) call.set(name, value);
  return call;
}
