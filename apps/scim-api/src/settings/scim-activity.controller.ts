import { Controller, Get, Param, Query } from '@nestjs/common';
import { Credential, CurrentPrincipal, type SessionPrincipal } from '@app/tokens';
import { ListActivityQueryDto } from './list-activity-query.dto';
import {
  ScimActivityService,
  type ScimActivityPage,
  type ScimActivitySummary,
} from './scim-activity.service';

/** Provisioning activity and member counts for Organization Settings › Authentication and SSO; read-only. */
@Controller('api/organizations/:orgId/scim')
@Credential('session')
export class ScimActivityController {
  constructor(private readonly activity: ScimActivityService) {}

  @Get('events')
  events(
    @CurrentPrincipal() principal: SessionPrincipal,
    @Param('orgId') orgId: string,
    @Query() query: ListActivityQueryDto,
  ): Promise<ScimActivityPage> {
    return this.activity.events(principal, orgId, query);
  }

  @Get('summary')
  summary(
    @CurrentPrincipal() principal: SessionPrincipal,
    @Param('orgId') orgId: string,
  ): Promise<ScimActivitySummary> {
    return this.activity.summary(principal, orgId);
  }
}
