import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

/** `?limit=&before=` of the settings page's provisioning activity. */
export class ListActivityQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;

  /** The id of the oldest event of the previous page; bounded so it always fits the bigint id column. */
  @IsOptional()
  @Matches(/^[1-9][0-9]{0,17}$/, { message: 'before must be an event id (a positive integer)' })
  before?: string;
}
