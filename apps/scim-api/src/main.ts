import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@app/config';
import { configureHttpServer, enableGracefulShutdown, PinoNestLogger } from '@app/observability';
import { ScimApiModule } from './scim-api.module';
import { setupScimApi } from './setup-app';

async function bootstrap(): Promise<void> {
  const app = setupScimApi(
    await NestFactory.create<NestExpressApplication>(ScimApiModule, { bodyParser: false, bufferLogs: true }),
  );
  app.useLogger(app.get(PinoNestLogger));
  const config = app.get(AppConfig);
  enableGracefulShutdown(app, config.SHUTDOWN_TIMEOUT_MS);
  configureHttpServer(app.getHttpServer());
  await app.listen(config.PORT, config.HOST);
  new Logger('Bootstrap').log(`scim-api listening on ${config.HOST}:${config.PORT}`);
  process.send?.({ ready: 'scim-api', port: config.PORT });
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
