import { Module } from '@nestjs/common';
import { OrganizationsModule } from '@app/organizations';
import { OrgRolesModule } from '@app/org-roles';
import { TokensModule } from '@app/tokens';
import { ScimSettingsController } from './scim-settings.controller';
import { ScimSettingsService } from './scim-settings.service';

@Module({
  imports: [OrganizationsModule, OrgRolesModule, TokensModule],
  controllers: [ScimSettingsController],
  providers: [ScimSettingsService],
})
export class SettingsModule {}
