import { Logger } from '@nestjs/common';
import type { DataSourceOptions, Logger as TypeOrmLogger } from 'typeorm';
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
  /** 0 for none: migrations that build indexes on large tables may legitimately take minutes. */
  statementTimeoutMs?: number;
}

const CONNECT_TIMEOUT_MS = 3000;
/** Every SCIM statement is one indexed lookup or write; 5 s is far beyond any of them, including lock waits. */
export const STATEMENT_TIMEOUT_MS = 5000;

/**
 * `synchronize` is hard-coded off: the schema changes only through reviewed migrations. `uuidExtension: 'pgcrypto'`
 * with `installExtensions: false` keeps TypeORM from creating uuid-ossp (needs superuser; gen_random_uuid() is core).
 */
export function buildDataSourceOptions(options: DatabaseConnectionOptions): DataSourceOptions {
  const statementTimeout = options.statementTimeoutMs ?? STATEMENT_TIMEOUT_MS;
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
    logging: ['error', 'warn'],
    logger: new QueryErrorLogger(),
    applicationName: options.applicationName ?? 'scim-provisioning',
    // A request must fail fast when PostgreSQL is unreachable rather than hang (Entra times out and retries):
    // connecting, and waiting for a free pooled connection, give up after 3 s; PostgreSQL cancels a statement
    // (lock waits included) after STATEMENT_TIMEOUT_MS, and the client stops waiting for an answer a second later
    // (a connection whose peer vanished without a FIN never answers). Each maps to 503 at the HTTP edge.
    connectTimeoutMS: CONNECT_TIMEOUT_MS,
    extra: {
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      idleTimeoutMillis: 30_000,
      statement_timeout: statementTimeout,
      query_timeout: statementTimeout === 0 ? undefined : statementTimeout + 1000,
      // A transaction left open by a stalled process must not hold its row locks for long.
      idle_in_transaction_session_timeout: 15_000,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    },
  };
}

/**
 * TypeORM's own logger prints a failing statement with its parameters (user attributes: personal data) as plain text,
 * outside the JSON log lines. This one logs the driver's code and message and the statement's first line, never the
 * parameters, through Nest's logger. Constraint violations (class 23: a 409 for the client) are debug, not warnings.
 */
class QueryErrorLogger implements TypeOrmLogger {
  private readonly logger = new Logger('Database');

  logQueryError(error: string | Error, query: string): void {
    const code = typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
    const message = typeof error === 'string' ? error : error.message;
    const line = `Query failed${typeof code === 'string' ? ` (${code})` : ''}: ${message} in ${firstLine(query)}`;
    if (typeof code === 'string' && code.startsWith('23')) this.logger.debug(line);
    else this.logger.warn(line);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }

  logQuery(): void {}

  logQuerySlow(): void {}

  logSchemaBuild(): void {}

  logMigration(): void {}
}

function firstLine(query: string): string {
  const line = query.trim().split('\n', 1)[0];
  return line.length > 120 ? `${line.slice(0, 120)}…` : line;
}
