import { Controller, Get, Param, Query } from '@nestjs/common';
import { ProvisioningEventsService, type ProvisioningEventView } from '@app/audit';
import { Credential } from '@app/tokens';
import { AdminOrganizationsService } from '../organizations/admin-organizations.service';
import { ListEventsQueryDto } from './list-events-query.dto';

/** The provisioning audit log of one organization, newest first. */
@Controller('internal/organizations/:orgId/provisioning-events')
@Credential('admin')
export class ProvisioningEventsController {
  constructor(
    private readonly organizations: AdminOrganizationsService,
    private readonly events: ProvisioningEventsService,
  ) {}

  @Get()
  async list(
    @Param('orgId') orgId: string,
    @Query() query: ListEventsQueryDto,
  ): Promise<{ events: ProvisioningEventView[] }> {
    const events = await this.events.list(
      await this.organizations.orgIdOrFail(orgId),
      query.limit,
      query.before,
    );
    return { events };
  }
}
