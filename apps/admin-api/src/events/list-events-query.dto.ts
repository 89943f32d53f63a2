import { Type } from 'class-transformer';
import { IsInt, IsNumberString, IsOptional, Max, Min } from 'class-validator';

export class ListEventsQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 50;

  /** The id of the oldest event of the previous page. */
  @IsOptional()
  @IsNumberString({ no_symbols: true })
  before?: string;
}
