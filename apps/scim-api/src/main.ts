import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@app/config';
import { ScimApiModule } from './scim-api.module';
import { setupScimApi } from './setup-app';

async function bootstrap(): Promise<void> {
  const app = setupScimApi(
    await NestFactory.create<NestExpressApplication>(ScimApiModule, {
      bodyParser: false,
      logger: ['error', 'warn'],
    }),
  );
  const config = app.get(AppConfig);
  await app.listen(config.PORT, config.HOST);
  process.send?.({ ready: 'scim-api', port: config.PORT });
}

void bootstrap();
