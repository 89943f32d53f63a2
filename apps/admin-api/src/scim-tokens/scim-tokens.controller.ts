import { Controller, Delete, Get, HttpCode, NotFoundException, Param } from '@nestjs/common';
import { Credential, ScimTokensService, toScimTokenView, type ScimTokenView } from '@app/tokens';
import { AdminOrganizationsService } from '../organizations/admin-organizations.service';

/** Emergency listing and revocation of an organization's SCIM tokens (support, incident response). */
@Controller('internal/organizations/:orgId/scim-tokens')
@Credential('admin')
export class ScimTokensController {
  constructor(
    private readonly organizations: AdminOrganizationsService,
    private readonly tokens: ScimTokensService,
  ) {}

  @Get()
  async list(@Param('orgId') orgId: string): Promise<{ tokens: ScimTokenView[] }> {
    const rows = await this.tokens.listActive(await this.organizations.orgIdOrFail(orgId));
    return { tokens: rows.map(toScimTokenView) };
  }

  @Delete(':tokenId')
  @HttpCode(204)
  async revoke(@Param('orgId') orgId: string, @Param('tokenId') tokenId: string): Promise<void> {
    const revoked = await this.tokens.revoke(await this.organizations.orgIdOrFail(orgId), tokenId);
    if (!revoked) throw new NotFoundException('Token not found');
  }
}
