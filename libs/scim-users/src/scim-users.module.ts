import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { OrgRolesModule } from '@app/org-roles';
import { ScimUsersRepository } from './persistence/scim-users.repository';
import { TypeOrmScimUsersRepository } from './persistence/typeorm-scim-users.repository';
import { ScimAudit } from './scim-audit';
import { ScimUsersService } from './scim-users.service';

@Module({
  imports: [AuditModule, OrgRolesModule],
  providers: [
    ScimUsersService,
    ScimAudit,
    { provide: ScimUsersRepository, useClass: TypeOrmScimUsersRepository },
  ],
  exports: [ScimUsersService],
})
export class ScimUsersModule {}
