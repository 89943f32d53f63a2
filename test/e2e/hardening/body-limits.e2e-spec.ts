import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { MAX_JSON_DEPTH } from '../../../apps/scim-api/src/http/json-depth';
import { provision, startHardeningApps, type HardeningApps } from './hardening-apps';
import { expectScimError, HttpScimClient, patchBody, userBody } from './hardening-helpers';

const MIB = 1024 * 1024;

/** Bytes exactly as given: supertest would JSON-serialise a Buffer sent with a JSON content type. */
function rawPost(
  baseUrl: string,
  token: string,
  contentType: string,
  body: Buffer,
  headers: Record<string, string> = {},
): Promise<request.Response> {
  return (
    request(baseUrl)
      .post('/api/scim/Users')
      .set({ Authorization: `Bearer ${token}`, 'Content-Type': contentType, ...headers })
      // superagent types its serializer as returning a string; it writes a Buffer through unchanged.
      .serialize((data: Buffer) => data as unknown as string)
      .send(body)
  );
}

function nested(depth: number): string {
  return `${'['.repeat(depth - 1)}{"userName":"deep@x.com"}${']'.repeat(depth - 1)}`;
}

describe('Request body limits', () => {
  describe('with the defaults (1 MiB, depth 32)', () => {
    let apps: HardeningApps;
    let client: HttpScimClient;

    beforeAll(async () => {
      apps = await startHardeningApps({ env: { RATE_LIMIT_PER_SECOND: '0' } });
      client = new HttpScimClient(apps.scimUrl, (await provision(apps)).scimToken);
    });

    afterAll(() => apps.close());

    it('should answer a body over 1 MiB with 413 and a SCIM error', async () => {
      const body = JSON.stringify(userBody('big@x.com', { displayName: 'x'.repeat(MIB) }));

      const res = await client.send('post', '/Users', body);

      expect(expectScimError(res, 413).detail).toContain(String(MIB));
    });

    it('should accept a body just under 1 MiB as far as size goes', async () => {
      const padding = ' '.repeat(MIB - 200);
      const res = await client.send(
        'post',
        '/Users',
        `${JSON.stringify(userBody('almost.big@x.com'))}${padding}`,
      );

      expect(res.status).toBe(201);
    });

    it('should measure the limit after decompression (no gzip bombs)', async () => {
      const bomb = gzipSync(`{"userName":"${' '.repeat(8 * MIB)}"}`);

      const res = await rawPost(apps.scimUrl, client.token, 'application/scim+json', bomb, {
        'Content-Encoding': 'gzip',
      });

      expectScimError(res, 413);
    });

    it('should answer a corrupt gzip body with 400 and a SCIM error', async () => {
      const res = await rawPost(
        apps.scimUrl,
        client.token,
        'application/scim+json',
        Buffer.from('not gzip'),
        {
          'Content-Encoding': 'gzip',
        },
      );

      expect(expectScimError(res, 400).detail).toBe('The request body could not be read');
    });

    it(`should refuse JSON nested deeper than ${MAX_JSON_DEPTH} levels with 400 invalidSyntax`, async () => {
      const res = await client.send('post', '/Users', nested(MAX_JSON_DEPTH + 1));

      expect(expectScimError(res, 400, 'invalidSyntax').detail).toContain(`deeper than ${MAX_JSON_DEPTH}`);
    });

    it('should refuse half a megabyte of brackets quickly, without parsing it', async () => {
      const started = Date.now();
      const res = await client.send('post', '/Users', '['.repeat(512 * 1024));

      expectScimError(res, 400, 'invalidSyntax');
      expect(Date.now() - started).toBeLessThan(1000);
    });

    it(`should let JSON exactly ${MAX_JSON_DEPTH} levels deep through to validation`, async () => {
      const res = await client.send('post', '/Users', nested(MAX_JSON_DEPTH));

      expect(expectScimError(res, 400).detail).not.toContain('deeper than');
    });

    it('should not count brackets inside strings', async () => {
      const res = await client.send(
        'post',
        '/Users',
        userBody('brackets@x.com', { displayName: '[{'.repeat(100) }),
      );

      expect(res.status).toBe(201);
    });

    it('should apply the depth limit to PATCH bodies', async () => {
      const user = await client.createUser('deep.patch@x.com');
      let value: unknown = 'x';
      for (let i = 0; i < 40; i++) value = { a: value };

      const res = await client.send(
        'patch',
        `/Users/${user.id}`,
        patchBody({ op: 'add', path: 'displayName', value }),
      );

      expectScimError(res, 400, 'invalidSyntax');
    });

    it('should check depth on UTF-16 bodies too', async () => {
      const res = await rawPost(
        apps.scimUrl,
        client.token,
        'application/json; charset=utf-16le',
        Buffer.from(nested(MAX_JSON_DEPTH + 1), 'utf16le'),
      );

      expect(expectScimError(res, 400, 'invalidSyntax').detail).toContain('deeper than');
    });

    it('should answer an unsupported charset with 415', async () => {
      const res = await request(apps.scimUrl)
        .post('/api/scim/Users')
        .set('Authorization', `Bearer ${client.token}`)
        .set('Content-Type', 'application/json; charset=latin1')
        .send('{}');

      expectScimError(res, 415);
    });
  });

  describe('with MAX_BODY_BYTES=4096', () => {
    let apps: HardeningApps;
    let client: HttpScimClient;

    beforeAll(async () => {
      apps = await startHardeningApps({ env: { MAX_BODY_BYTES: '4096', RATE_LIMIT_PER_SECOND: '0' } });
      client = new HttpScimClient(apps.scimUrl, (await provision(apps)).scimToken);
    });

    afterAll(() => apps.close());

    it('should apply the configured limit', async () => {
      const small = await client.send(
        'post',
        '/Users',
        `${JSON.stringify(userBody('small@x.com'))}${' '.repeat(3500)}`,
      );
      const large = await client.send(
        'post',
        '/Users',
        `${JSON.stringify(userBody('large@x.com'))}${' '.repeat(4500)}`,
      );

      expect(small.status).toBe(201);
      expect(expectScimError(large, 413).detail).toContain('4096');
    });
  });
});
