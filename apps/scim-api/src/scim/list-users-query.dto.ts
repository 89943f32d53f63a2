import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import type { ScimListQuery } from '@app/scim-users';

/**
 * Query parameters of GET /Users/{id} (RFC 7644 §3.4.2.5 projection). Unknown parameters are refused, except
 * Entra's bare `aadOptscim062020` flag, which it keeps on every call of the base URL.
 */
export class GetUserQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  attributes?: string;

  @IsOptional()
  @IsString()
  @MaxLength(2048)
  excludedAttributes?: string;

  @IsOptional()
  aadOptscim062020?: string;
}

/** Query parameters of GET /Users (RFC 7644 §3.4.2): the projection ones plus filter and paging. */
export class ListUsersQueryDto extends GetUserQueryDto implements ScimListQuery {
  @IsOptional()
  @IsString()
  @MaxLength(4096)
  filter?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'startIndex must be an integer' })
  startIndex?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'count must be an integer' })
  count?: number;

  /** Sorting is not supported (ServiceProviderConfig says so); RFC 7644 §3.4.2.3 lets us ignore these. */
  @IsOptional()
  @IsString()
  sortBy?: string;

  @IsOptional()
  @IsString()
  sortOrder?: string;
}
