import { Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ConfigModule } from '@app/config';
import { DatabaseModule, HealthModule } from '@app/database';
import { CredentialGuard, TokensModule } from '@app/tokens';
import { ApiExceptionFilter } from './http/api-exception.filter';
import { ScimModule } from './scim/scim.module';
import { SettingsModule } from './settings/settings.module';

/** The public listener: the SCIM API, the organization settings API and health. */
@Module({
  imports: [ConfigModule, DatabaseModule, HealthModule, TokensModule, SettingsModule, ScimModule],
  providers: [
    { provide: APP_GUARD, useExisting: CredentialGuard },
    { provide: APP_FILTER, useClass: ApiExceptionFilter },
    {
      provide: APP_PIPE,
      useValue: new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
    },
  ],
})
export class ScimApiModule {}
