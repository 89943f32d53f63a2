import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Every environment variable the service reads, validated once at boot. `process.env` is read nowhere else
 * (libs/database/src/data-source.ts, the TypeORM CLI entry, is the one exception).
 */
export class AppConfig {
  @IsIn(NODE_ENVS)
  NODE_ENV: NodeEnv = 'development';

  /** Without it the launcher starts an embedded PostgreSQL (development only). */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  ADMIN_PORT = 3001;

  /** Loopback by default so the internal admin API is never exposed by accident. */
  @IsString()
  ADMIN_HOST = '127.0.0.1';

  /** The address identity providers reach; the SCIM base URL and `meta.location` are built from it. */
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'PUBLIC_URL must be an http(s) URL without spaces' })
  PUBLIC_URL = 'http://localhost:3000';

  @ValidateIf((config: AppConfig) => config.NODE_ENV === 'production' || config.ADMIN_API_TOKEN !== undefined)
  @IsString({ message: 'ADMIN_API_TOKEN is required when NODE_ENV=production' })
  @MinLength(24, { message: 'ADMIN_API_TOKEN must be at least 24 characters' })
  ADMIN_API_TOKEN?: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  DB_POOL_SIZE = 10;

  /** Where the embedded PostgreSQL keeps its data between runs. */
  @IsString()
  DATA_DIR = '.data';

  /** Unset: `info`, except under NODE_ENV=test, where request lines would drown the test output (`silent`). */
  @IsOptional()
  @IsIn(LOG_LEVELS)
  LOG_LEVEL?: LogLevel = undefined;

  /**
   * Sustained SCIM requests per second per organization (token bucket refill). Entra's gallery bar is 25 per tenant
   * (idp-behaviour §4), so the default leaves twice that. 0 turns rate limiting off.
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100_000)
  RATE_LIMIT_PER_SECOND = 50;

  /** Bucket size: requests an organization may send at once before the sustained rate applies. 0 turns it off. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  RATE_LIMIT_BURST = 100;

  /** Shared rate-limit counters for several replicas; without it each process counts on its own. */
  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string = undefined;

  /** Prefix of every Redis key this service writes, so it can share a Redis with other services. */
  @IsString()
  @Matches(/^[A-Za-z0-9:_.-]{0,64}$/, {
    message: 'REDIS_KEY_PREFIX must be at most 64 of A-Z a-z 0-9 : _ . -',
  })
  REDIS_KEY_PREFIX = 'scim:';

  /** Largest accepted request body (413 above it). SCIMMY's default is 1 MiB too; Entra's bodies are a few KiB. */
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(64 * 1024 * 1024)
  MAX_BODY_BYTES = 1024 * 1024;

  /** On SIGTERM, how long in-flight requests may take to finish before their connections are closed. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(120_000)
  SHUTDOWN_TIMEOUT_MS = 10_000;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get logLevel(): LogLevel {
    return this.LOG_LEVEL ?? (this.NODE_ENV === 'test' ? 'silent' : 'info');
  }

  /** Both numbers must be positive for the limiter to run; either at 0 turns it off. */
  get rateLimitEnabled(): boolean {
    return this.RATE_LIMIT_PER_SECOND > 0 && this.RATE_LIMIT_BURST > 0;
  }

  /** RFC 7644 §3.13: the base URL the admin pastes into Entra, with Entra's compliance flag. */
  get scimBaseUrl(): string {
    return `${this.PUBLIC_URL.replace(/\/+$/, '')}/api/scim?aadOptscim062020`;
  }
}
