import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProvisioningEventEntity } from '@app/database';
import { ProvisioningEventsService } from './provisioning-events.service';

@Module({
  imports: [TypeOrmModule.forFeature([ProvisioningEventEntity])],
  providers: [ProvisioningEventsService],
  exports: [ProvisioningEventsService],
})
export class AuditModule {}
