import type { DataSourceOptions } from 'typeorm';
import { MemberEntity } from './entities/member.entity';
import { OrganizationEntity } from './entities/organization.entity';
import { ProvisioningEventEntity } from './entities/provisioning-event.entity';
import { ScimTokenEntity } from './entities/scim-token.entity';
import { SessionEntity } from './entities/session.entity';
import { InitialSchema1764400000000 } from './migrations/1764400000000-initial-schema';

/** Classes, not globs: the same options work under jest, ts-node and the compiled dist/. */
export const ENTITIES = [
  OrganizationEntity,
  MemberEntity,
  ScimTokenEntity,
  SessionEntity,
  ProvisioningEventEntity,
];
export const MIGRATIONS = [InitialSchema1764400000000];

export interface DatabaseConnectionOptions {
  url: string;
  poolSize?: number;
  applicationName?: string;
}

/**
 * `synchronize` is hard-coded off: the schema changes only through reviewed migrations. `uuidExtension: 'pgcrypto'`
 * with `installExtensions: false` keeps TypeORM from creating uuid-ossp (needs superuser; gen_random_uuid() is core).
 */
export function buildDataSourceOptions(options: DatabaseConnectionOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: ['error'],
    applicationName: options.applicationName ?? 'scim-provisioning',
    // A request must fail fast when PostgreSQL is unreachable rather than hang (Entra times out and retries).
    connectTimeoutMS: 3000,
    extra: {
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 3000,
      idleTimeoutMillis: 30000,
      statement_timeout: 10000,
      query_timeout: 12000,
    },
  };
}
