import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

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

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' = 'info';

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  /** RFC 7644 §3.13: the base URL the admin pastes into Entra, with Entra's compliance flag. */
  get scimBaseUrl(): string {
    return `${this.PUBLIC_URL.replace(/\/+$/, '')}/api/scim?aadOptscim062020`;
  }
}
