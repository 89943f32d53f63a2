import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, loadConfig } from '@app/config';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { AdminApiModule } from '../../apps/admin-api/src/admin-api.module';
import { ScimApiModule } from '../../apps/scim-api/src/scim-api.module';
import { setupScimApi } from '../../apps/scim-api/src/setup-app';

export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
export const TEST_PUBLIC_URL = 'https://scim.test.example';

export interface TestApps {
  db: TestDatabase;
  config: AppConfig;
  scimApi: NestExpressApplication;
  adminApi: NestExpressApplication;
  close(): Promise<void>;
}

/**
 * Both listeners in process, with the real HTTP setup, on this test file's own migrated database.
 * `env` adds or overrides environment variables (validated like in production).
 */
export async function startTestApps(env: Record<string, string> = {}): Promise<TestApps> {
  const db = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    ADMIN_API_TOKEN: TEST_ADMIN_TOKEN,
    PUBLIC_URL: TEST_PUBLIC_URL,
    DB_POOL_SIZE: '5',
    ...env,
  });
  const adminModule = await Test.createTestingModule({ imports: [AdminApiModule] })
    .overrideProvider(AppConfig)
    .useValue(config)
    .compile();
  const adminApi = adminModule.createNestApplication<NestExpressApplication>({ logger: ['error'] });
  await adminApi.init();
  // @nestjs/passport registers strategies in passport's one process-wide registry: the app built last wins. The
  // scim-api goes last so its SCIM token strategy (and its cache, which revocation evicts) is the one in use, as in
  // production where each listener is its own process.
  const scimModule = await Test.createTestingModule({ imports: [ScimApiModule] })
    .overrideProvider(AppConfig)
    .useValue(config)
    .compile();
  const scimApi = setupScimApi(
    scimModule.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: ['error'] }),
  );
  await scimApi.init();
  return {
    db,
    config,
    scimApi,
    adminApi,
    close: async () => {
      await scimApi.close();
      await adminApi.close();
      await db.drop();
    },
  };
}
