import { Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { AuditModule } from '@app/audit';
import { ConfigModule } from '@app/config';
import { DatabaseModule, HealthModule } from '@app/database';
import { ApiExceptionFilter } from '@app/http';
import { ObservabilityModule, MetricsController } from '@app/observability';
import { OrganizationsModule } from '@app/organizations';
import { OrgRolesModule } from '@app/org-roles';
import { CredentialGuard, TokensModule } from '@app/tokens';
import { ProvisioningEventsController } from './events/provisioning-events.controller';
import { AdminOrganizationsService } from './organizations/admin-organizations.service';
import { OrganizationsController } from './organizations/organizations.controller';
import { ScimTokensController } from './scim-tokens/scim-tokens.controller';
import { SessionsController } from './sessions/sessions.controller';

/** The internal listener: loopback by default, ADMIN_API_TOKEN on every route but health (metrics included). */
@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    ObservabilityModule.forRoot({ service: 'admin-api' }),
    HealthModule,
    OrganizationsModule,
    OrgRolesModule,
    TokensModule,
    AuditModule,
  ],
  controllers: [
    OrganizationsController,
    SessionsController,
    ScimTokensController,
    ProvisioningEventsController,
    MetricsController,
  ],
  providers: [
    AdminOrganizationsService,
    { provide: APP_GUARD, useExisting: CredentialGuard },
    // 401 with WWW-Authenticate (RFC 6750 §3), 503 when PostgreSQL is unreachable, a bare 500 otherwise.
    { provide: APP_FILTER, useClass: ApiExceptionFilter },
    {
      provide: APP_PIPE,
      useValue: new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
    },
  ],
})
export class AdminApiModule {}
