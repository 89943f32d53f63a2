import { Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ConfigModule } from '@app/config';
import { DatabaseModule, HealthModule } from '@app/database';
import { ObservabilityModule } from '@app/observability';
import { RateLimitModule } from '@app/rate-limit';
import { CredentialGuard, TokensModule } from '@app/tokens';
import { MetricsController } from './http/metrics.controller';
import { ScimRateLimitInterceptor } from './http/rate-limit.interceptor';
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
    // Interceptors run after guards: the limiter sees the organization the SCIM token belongs to.
    { provide: APP_INTERCEPTOR, useClass: ScimRateLimitInterceptor },
    { provide: APP_FILTER, useClass: ApiExceptionFilter },
    {
      provide: APP_PIPE,
      useValue: new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
    },
  ],
})
export class ScimApiModule {}
