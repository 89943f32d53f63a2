import { Module } from '@nestjs/common';
import { OrgRolesService } from './org-roles.service';

@Module({
  providers: [OrgRolesService],
  exports: [OrgRolesService],
})
export class OrgRolesModule {}
