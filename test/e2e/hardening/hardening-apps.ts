import type { AddressInfo } from 'node:net';
import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DestinationStream } from 'pino';
import { AppConfig, loadConfig } from '@app/config';
import { LOG_DESTINATION, PinoNestLogger } from '@app/observability';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { AdminApiModule } from '../../../apps/admin-api/src/admin-api.module';
import { ScimApiModule } from '../../../apps/scim-api/src/scim-api.module';
import { setupScimApi } from '../../../apps/scim-api/src/setup-app';
import { provisionOrganization, type OrganizationFixture } from '../../support/admin-client';
import { TEST_ADMIN_TOKEN, TEST_PUBLIC_URL } from '../../support/test-apps';
import { TcpProxy } from './tcp-proxy';

export interface HardeningApps {
  db: TestDatabase;
  config: AppConfig;
  scimApi: NestExpressApplication;
  adminApi: NestExpressApplication;
  /** The scim-api listening on a loopback port, so requests really run in parallel. */
  scimUrl: string;
  /** Present with `proxyDatabase`: both apps reach PostgreSQL through it. */
  proxy?: TcpProxy;
  /** JSON log lines of the scim-api, with `captureLogs` (set LOG_LEVEL too: tests default to silent). */
  logs: string[];
  close(): Promise<void>;
}

export interface HardeningOptions {
  env?: Record<string, string>;
  proxyDatabase?: boolean;
  captureLogs?: boolean;
}

/**
 * startTestApps (test/support/test-apps.ts) with what these tests need on top: a listening scim-api, PostgreSQL
 * behind a TCP proxy the test can cut, and the scim-api's log lines. Same order of construction: the scim-api last,
 * so its passport strategies are the process-wide ones.
 */
export async function startHardeningApps(options: HardeningOptions = {}): Promise<HardeningApps> {
  const db = await createTestDatabase();
  const proxy = options.proxyDatabase === true ? await TcpProxy.start(hostOf(db.url)) : undefined;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: proxy === undefined ? db.url : withPort(db.url, proxy.port),
    ADMIN_API_TOKEN: TEST_ADMIN_TOKEN,
    PUBLIC_URL: TEST_PUBLIC_URL,
    DB_POOL_SIZE: '5',
    ...options.env,
  });
  const adminModule = await Test.createTestingModule({ imports: [AdminApiModule] })
    .overrideProvider(AppConfig)
    .useValue(config)
    .compile();
  const adminApi = adminModule.createNestApplication<NestExpressApplication>({ logger: ['error'] });
  await adminApi.init();
  const logs: string[] = [];
  const scimApi = await createScimApi(config, options.captureLogs === true ? captureInto(logs) : undefined);
  const scimUrl = await listen(scimApi);
  return {
    db,
    config,
    scimApi,
    adminApi,
    scimUrl,
    proxy,
    logs,
    close: async () => {
      await scimApi.close();
      await adminApi.close();
      await proxy?.close();
      await db.drop();
    },
  };
}

/** One more scim-api on the same configuration: a second replica. */
export async function createScimApi(
  config: AppConfig,
  logDestination?: DestinationStream,
): Promise<NestExpressApplication> {
  let builder = Test.createTestingModule({ imports: [ScimApiModule] })
    .overrideProvider(AppConfig)
    .useValue(config);
  if (logDestination !== undefined)
    builder = builder.overrideProvider(LOG_DESTINATION).useValue(logDestination);
  const module = await builder.compile();
  const capture = logDestination !== undefined;
  // Capturing: as main.ts does, so Nest's and the libraries' log calls land in the JSON lines too.
  const app = setupScimApi(
    module.createNestApplication<NestExpressApplication>(
      capture ? { bodyParser: false, bufferLogs: true } : { bodyParser: false, logger: ['error'] },
    ),
  );
  if (capture) app.useLogger(app.get(PinoNestLogger));
  await app.init();
  return app;
}

export async function listen(app: NestExpressApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

export function provision(apps: HardeningApps, name = 'Acme'): Promise<OrganizationFixture> {
  return provisionOrganization(apps.adminApi, apps.scimApi, { name });
}

function captureInto(lines: string[]): DestinationStream {
  return { write: (line: string) => void lines.push(line) };
}

function hostOf(url: string): { host: string; port: number } {
  const parsed = new URL(url);
  return { host: parsed.hostname, port: Number(parsed.port || 5432) };
}

function withPort(url: string, port: number): string {
  const parsed = new URL(url);
  parsed.hostname = '127.0.0.1';
  parsed.port = String(port);
  return parsed.toString();
}
