import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@app/config';
import { AdminApiModule } from './admin-api.module';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AdminApiModule, { logger: ['error', 'warn'] });
  app.enableShutdownHooks();
  const config = app.get(AppConfig);
  await app.listen(config.ADMIN_PORT, config.ADMIN_HOST);
  process.send?.({ ready: 'admin-api', port: config.ADMIN_PORT });
}

void bootstrap();
