import { Module } from '@nestjs/common';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { OrganizationsModule } from '@app/organizations';
import { TokensModule } from '@app/tokens';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [ConfigModule, DatabaseModule, OrganizationsModule, TokensModule],
  providers: [DemoSeedService],
})
export class DemoSeedModule {}
