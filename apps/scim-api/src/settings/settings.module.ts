import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { OrganizationsModule } from '@app/organizations';
import { OrgRolesModule } from '@app/org-roles';
import { TokensModule } from '@app/tokens';
import { SettingsPageModule } from '../settings-page/settings-page.module';
import { ScimActivityController } from './scim-activity.controller';
import { ScimActivityService } from './scim-activity.service';
import { ScimSettingsController } from './scim-settings.controller';
import { ScimSettingsService } from './scim-settings.service';

/** Organization Settings › Authentication and SSO: the settings API and, through SettingsPageModule, its page. */
@Module({
  imports: [OrganizationsModule, OrgRolesModule, TokensModule, AuditModule, SettingsPageModule],
  controllers: [ScimSettingsController, ScimActivityController],
  providers: [ScimSettingsService, ScimActivityService],
})
export class SettingsModule {}
