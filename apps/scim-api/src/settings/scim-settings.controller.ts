import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { Credential, CurrentPrincipal, type IssuedScimToken, type SessionPrincipal } from '@app/tokens';
import { IssueTokenDto } from './issue-token.dto';
import { ScimSettingsService, type ScimSettingsView } from './scim-settings.service';

/** The organization settings API behind Organization Settings › Authentication and SSO. */
@Controller('api/organizations/:orgId/scim')
@Credential('session')
export class ScimSettingsController {
  constructor(private readonly settings: ScimSettingsService) {}

  @Get()
  get(
    @CurrentPrincipal() principal: SessionPrincipal,
    @Param('orgId') orgId: string,
  ): Promise<ScimSettingsView> {
    return this.settings.get(principal, orgId);
  }

  @Post('tokens')
  @HttpCode(201)
  issueToken(
    @CurrentPrincipal() principal: SessionPrincipal,
    @Param('orgId') orgId: string,
    @Body() body: IssueTokenDto,
  ): Promise<IssuedScimToken> {
    return this.settings.issueToken(principal, orgId, body);
  }

  @Delete('tokens/:tokenId')
  @HttpCode(204)
  revokeToken(
    @CurrentPrincipal() principal: SessionPrincipal,
    @Param('orgId') orgId: string,
    @Param('tokenId') tokenId: string,
  ): Promise<void> {
    return this.settings.revokeToken(principal, orgId, tokenId);
  }
}
