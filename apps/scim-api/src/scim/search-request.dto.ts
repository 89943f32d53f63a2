import { IsArray, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import type { ScimListQuery } from '@app/scim-users';

/** POST /Users/.search (RFC 7644 §3.4.3): the same semantics as GET /Users, parameters in the body. */
export class SearchRequestDto {
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  schemas?: string[];

  @IsOptional()
  @IsString()
  @MaxLength(4096)
  filter?: string;

  @IsOptional()
  @IsInt()
  startIndex?: number;

  @IsOptional()
  @IsInt()
  count?: number;

  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  attributes?: string[];

  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  excludedAttributes?: string[];

  @IsOptional()
  @IsString()
  sortBy?: string;

  @IsOptional()
  @IsString()
  sortOrder?: string;
}

export function toListQuery(search: SearchRequestDto): ScimListQuery {
  return {
    filter: search.filter,
    startIndex: search.startIndex,
    count: search.count,
    attributes: search.attributes?.join(','),
    excludedAttributes: search.excludedAttributes?.join(','),
  };
}
