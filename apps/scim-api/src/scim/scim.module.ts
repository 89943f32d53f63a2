import { Module } from '@nestjs/common';
import { ScimUsersModule } from '@app/scim-users';
import { DiscoveryController } from './discovery.controller';
import { DiscoveryService } from './discovery.service';
import { UsersController } from './users.controller';

@Module({
  imports: [ScimUsersModule],
  controllers: [UsersController, DiscoveryController],
  providers: [DiscoveryService],
})
export class ScimModule {}
