import { Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ConfigModule } from '@app/config';
import { DatabaseModule, HealthModule } from '@app/database';
import { ObservabilityModule, MetricsController } from '@app/observability';
import { RateLimitModule } from '@app/rate-limit';
import { CredentialGuard, TokensModule } from '@app/tokens';
import { ScimRateLimitGuard } from './http/rate-limit.guard';
import { ScimModule } from './scim/scim.module';
import { SettingsModule } from './settings/settings.module';
import { ApiExceptionFilter } from '@app/http';

/** The public listener: the SCIM API, the organization settings API, health, and its metrics (admin token). */
@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    ObservabilityModule.forRoot({ service: 'scim-api' }),
    RateLimitModule,
    HealthModule,
    TokensModule,
    SettingsModule,
    ScimModule,
  ],
  controllers: [MetricsController],
  providers: [
    { provide: APP_GUARD, useExisting: CredentialGuard },
    // Global guards run in registration order: the limiter sees the organization the SCIM token belongs to.
    { provide: APP_GUARD, useClass: ScimRateLimitGuard },
    { provide: APP_FILTER, useClass: ApiExceptionFilter },
    {
      provide: APP_PIPE,
      useValue: new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
    },
  ],
})
export class ScimApiModule {}
