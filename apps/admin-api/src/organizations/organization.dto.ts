import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { MEMBER_ROLES, PLANS, type Plan } from '@app/database';

const SCIM_ROLES = ['Admin', 'User', 'Guest'] as const;
export type ScimRoleName = (typeof SCIM_ROLES)[number];

export class CreateOrganizationDto {
  @IsString()
  @Length(1, 200)
  name!: string;

  @IsIn(PLANS)
  plan!: Plan;

  @IsBoolean()
  ssoConfigured!: boolean;
}

export class UpdateOrganizationDto {
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @IsOptional()
  @IsIn(PLANS)
  plan?: Plan;

  @IsOptional()
  @IsBoolean()
  ssoConfigured?: boolean;
}

export class CreateMemberDto {
  @IsString()
  @Length(1, 256)
  userName!: string;

  @IsOptional()
  @IsString()
  @Length(1, 200)
  givenName?: string;

  @IsOptional()
  @IsString()
  @Length(1, 200)
  familyName?: string;

  @IsOptional()
  @IsString()
  @Length(3, 320)
  email?: string;

  @IsIn(SCIM_ROLES)
  role!: ScimRoleName;
}

export class ListMembersQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  startIndex = 1;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1000)
  count = 100;
}

export { MEMBER_ROLES };
