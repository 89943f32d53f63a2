import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export class ListEventsQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 50;

  /** The id of the oldest event of the previous page. */
  @IsOptional()
  // At most 18 digits, so it always fits the bigint id column (a longer number would be a 500, not a 400).
  @Matches(/^[1-9][0-9]{0,17}$/, { message: 'before must be the id of a provisioning event' })
  before?: string;
}
