import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@app/config';
import { buildDataSourceOptions } from './database-options';

/**
 * The application's connection. Migrations are not run here: the launcher (or the one-shot `migrate` service in
 * docker compose) applies them under an advisory lock before any listener starts.
 */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        if (config.DATABASE_URL === undefined) {
          throw new Error('DATABASE_URL is not set: start the service with `npm start`, which provides one');
        }
        return buildDataSourceOptions({ url: config.DATABASE_URL, poolSize: config.DB_POOL_SIZE });
      },
    }),
  ],
})
export class DatabaseModule {}
