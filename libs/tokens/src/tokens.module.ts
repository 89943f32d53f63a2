import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScimTokenEntity, SessionEntity } from '@app/database';
import { OrganizationsModule } from '@app/organizations';
import { OrgRolesModule } from '@app/org-roles';
import { CredentialGuard } from './credential.guard';
import { ScimTokenCache } from './scim-token-cache';
import { ScimTokensService } from './scim-tokens.service';
import { SessionsService } from './sessions.service';
import { AdminTokenStrategy, ScimTokenStrategy, SessionStrategy } from './strategies';

@Module({
  imports: [
    PassportModule.register({ session: false }),
    TypeOrmModule.forFeature([ScimTokenEntity, SessionEntity]),
    OrganizationsModule,
    OrgRolesModule,
  ],
  providers: [
    ScimTokenCache,
    ScimTokensService,
    SessionsService,
    ScimTokenStrategy,
    SessionStrategy,
    AdminTokenStrategy,
    CredentialGuard,
  ],
  exports: [ScimTokensService, SessionsService, CredentialGuard],
})
export class TokensModule {}
