import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { AppConfig } from '@app/config';
import type { MemberEntity, OrganizationEntity } from '@app/database';
import { MembersService, OrganizationsService } from '@app/organizations';
import { OrgRolesService, type OrganizationRole } from '@app/org-roles';
import {
  ScimTokensService,
  toScimTokenView,
  type IssuedScimToken,
  type ScimTokenView,
  type SessionPrincipal,
} from '@app/tokens';

export interface ScimSettingsView {
  baseUrl: string;
  prerequisites: { enterprisePlan: boolean; ssoConfigured: boolean; callerIsAdmin: boolean };
  tokens: ScimTokenView[];
  /** Who is signed in, for the page's header. */
  caller: { memberId: string; userName: string; role: OrganizationRole };
  /** userName of each token's `createdBy`, so the page need not show member ids. */
  tokenCreators: Record<string, string>;
}

interface CallerContext {
  organization: OrganizationEntity;
  caller: MemberEntity;
}

/**
 * What Organization Settings › Authentication and SSO needs. The caller must be an active member of the organization
 * in the path; any other organization is 404, so the page never reveals that an organization exists.
 */
@Injectable()
export class ScimSettingsService {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly members: MembersService,
    private readonly tokens: ScimTokensService,
    private readonly orgRoles: OrgRolesService,
    private readonly config: AppConfig,
  ) {}

  async get(principal: SessionPrincipal, orgId: string): Promise<ScimSettingsView> {
    const { organization, caller } = await this.callerContext(principal, orgId);
    const rows = await this.tokens.listActive(principal.orgId);
    const creators = await this.members.userNamesById(
      principal.orgId,
      rows.flatMap((row) => (row.createdBy === null ? [] : [row.createdBy])),
    );
    return {
      baseUrl: this.config.scimBaseUrl,
      prerequisites: {
        enterprisePlan: organization.plan === 'enterprise',
        ssoConfigured: organization.ssoConfigured,
        callerIsAdmin: caller.role === 'admin',
      },
      tokens: rows.map(toScimTokenView),
      caller: {
        memberId: caller.id,
        userName: caller.userName,
        role: this.orgRoles.toOrganizationRole(caller.role),
      },
      tokenCreators: Object.fromEntries(creators),
    };
  }

  async issueToken(
    principal: SessionPrincipal,
    orgId: string,
    input: { label?: string; expiresInDays?: number },
  ): Promise<IssuedScimToken> {
    await this.callerContext(principal, orgId);
    return this.tokens.issueForMember(principal.orgId, principal.memberId, input);
  }

  async revokeToken(principal: SessionPrincipal, orgId: string, tokenId: string): Promise<void> {
    const { caller } = await this.callerContext(principal, orgId);
    if (caller.role !== 'admin')
      throw new ForbiddenException('Only an organization Admin can revoke SCIM tokens');
    if (!(await this.tokens.revoke(principal.orgId, tokenId))) throw new NotFoundException('Token not found');
  }

  /** The session already belongs to one organization; a path naming another one is 404, whatever exists. */
  async callerContext(principal: SessionPrincipal, orgId: string): Promise<CallerContext> {
    if (orgId !== principal.orgId) throw new NotFoundException('Organization not found');
    const organization = await this.organizations.find(orgId);
    const caller = await this.members.findLive(principal.orgId, principal.memberId);
    if (organization === undefined || caller === undefined)
      throw new NotFoundException('Organization not found');
    return { organization, caller };
  }
}
