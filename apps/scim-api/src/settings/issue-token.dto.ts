import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

export class IssueTokenDto {
  @IsOptional()
  @IsString()
  @Length(1, 100)
  label?: string;

  /** No expiry by default: Entra quarantines a provisioning job whose token expires. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  expiresInDays?: number;
}
