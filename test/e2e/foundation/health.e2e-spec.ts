import request from 'supertest';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { startTestApps, type TestApps } from '../../support/test-apps';

describe('Health endpoints (/health)', () => {
  let apps: TestApps;

  beforeAll(async () => {
    apps = await startTestApps();
  });

  afterAll(async () => {
    await apps.close();
  });

  /** Each listener, with a protected route of its own to show that health alone is public. */
  const listeners: [string, () => NestExpressApplication, string][] = [
    ['scim-api', () => apps.scimApi, '/api/scim/Users'],
    ['admin-api', () => apps.adminApi, '/internal/organizations/00000000-0000-4000-8000-000000000000'],
  ];

  describe.each(listeners)('on the %s listener', (_name, app, protectedPath) => {
    it.each(['/health/live', '/health/ready'])(
      'should answer %s with 200 and no credential',
      async (path) => {
        const res = await request(app().getHttpServer()).get(path);

        expect(res.status).toBe(200);
        expect(res.type).toBe('application/json');
        expect(res.body).toMatchObject({ status: 'ok' });
      },
    );

    it('should report the database as up when ready', async () => {
      const res = await request(app().getHttpServer()).get('/health/ready');

      expect(res.body).toEqual({ status: 'ok', database: 'up' });
    });

    it('should stay public when a caller sends a credential it does not accept', async () => {
      const res = await request(app().getHttpServer())
        .get('/health/live')
        .set('Authorization', 'Bearer not-a-credential');

      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ok' });
    });

    it('should not make the rest of the listener public', async () => {
      const res = await request(app().getHttpServer()).get(protectedPath);

      expect(res.status).toBe(401);
    });
  });
});
