import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { AppConfig } from '@app/config';
import {
  APP_LOGGER,
  configureHttpServer,
  createRequestObserver,
  enableGracefulShutdown,
  PinoNestLogger,
  ServiceMetrics,
  type AppLogger,
} from '@app/observability';
import { requestIdMiddleware } from '@app/http';
import { AdminApiModule } from './admin-api.module';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AdminApiModule, { bufferLogs: true });
  app.useLogger(app.get(PinoNestLogger));
  app.disable('x-powered-by');
  app.use(requestIdMiddleware);
  app.use(createRequestObserver(app.get<symbol, AppLogger>(APP_LOGGER), app.get(ServiceMetrics)));
  app.use(helmet());
  const config = app.get(AppConfig);
  enableGracefulShutdown(app, config.SHUTDOWN_TIMEOUT_MS);
  configureHttpServer(app.getHttpServer());
  await app.listen(config.ADMIN_PORT, config.ADMIN_HOST);
  new Logger('Bootstrap').log(`admin-api listening on ${config.ADMIN_HOST}:${config.ADMIN_PORT}`);
  process.send?.({ ready: 'admin-api', port: config.ADMIN_PORT });
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
