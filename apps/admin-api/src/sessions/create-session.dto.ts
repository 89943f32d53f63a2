import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class CreateSessionDto {
  @IsUUID()
  organizationId!: string;

  @IsUUID()
  memberId!: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(7 * 24 * 60)
  ttlMinutes?: number;
}
