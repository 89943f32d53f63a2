import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { Credential } from '@app/tokens';
import {
  CreateMemberDto,
  CreateOrganizationDto,
  ListMembersQueryDto,
  UpdateOrganizationDto,
} from './organization.dto';
import {
  AdminOrganizationsService,
  type MemberView,
  type MemberPageView,
  type OrganizationView,
} from './admin-organizations.service';

/** Internal: other services set organizations and their first members up here. */
@Controller('internal/organizations')
@Credential('admin')
export class OrganizationsController {
  constructor(private readonly service: AdminOrganizationsService) {}

  @Post()
  @HttpCode(201)
  create(@Body() body: CreateOrganizationDto): Promise<OrganizationView> {
    return this.service.create(body);
  }

  @Get(':orgId')
  get(@Param('orgId') orgId: string): Promise<OrganizationView> {
    return this.service.get(orgId);
  }

  @Patch(':orgId')
  update(@Param('orgId') orgId: string, @Body() body: UpdateOrganizationDto): Promise<OrganizationView> {
    return this.service.update(orgId, body);
  }

  @Post(':orgId/members')
  @HttpCode(201)
  createMember(@Param('orgId') orgId: string, @Body() body: CreateMemberDto): Promise<MemberView> {
    return this.service.createMember(orgId, body);
  }

  @Get(':orgId/members')
  listMembers(@Param('orgId') orgId: string, @Query() query: ListMembersQueryDto): Promise<MemberPageView> {
    return this.service.listMembers(orgId, query.startIndex, query.count);
  }
}
