import { Injectable } from '@nestjs/common';
import { asOrgId } from '@app/database';
import { MembersService, OrganizationsService } from '@app/organizations';
import { ScimTokensService, SessionsService } from '@app/tokens';

export interface DemoCredentials {
  organizationId: string;
  memberId: string;
  /** Only on the first start: the secret is stored hashed and cannot be shown again. */
  scimToken?: string;
  sessionToken: string;
}

const DEMO_ADMIN = 'admin@demo.example';

/**
 * Outside production, an empty database gets a "Demo" organization (Enterprise, SSO configured) with an admin and a
 * SCIM token, so `npm start` ends with something an Entra admin or a curl line can use at once.
 */
@Injectable()
export class DemoSeedService {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly members: MembersService,
    private readonly tokens: ScimTokensService,
    private readonly sessions: SessionsService,
  ) {}

  async seed(): Promise<DemoCredentials | undefined> {
    if ((await this.organizations.count()) > 0) return undefined;
    const organization = await this.organizations.create({
      name: 'Demo',
      plan: 'enterprise',
      ssoConfigured: true,
    });
    const orgId = asOrgId(organization.id);
    const admin = await this.members.createConsoleMember(orgId, {
      userName: DEMO_ADMIN,
      givenName: 'Demo',
      familyName: 'Admin',
      email: DEMO_ADMIN,
      role: 'admin',
    });
    const token = await this.tokens.issue(orgId, { label: 'Demo token', createdBy: admin.id });
    const session = await this.sessions.create(orgId, admin.id);
    return { organizationId: orgId, memberId: admin.id, scimToken: token.token, sessionToken: session.token };
  }

  /** Later starts: a fresh console session (the saved one lasts 8 hours), so the printed settings link works. */
  async resume(saved: DemoCredentials): Promise<DemoCredentials | undefined> {
    try {
      const session = await this.sessions.create(asOrgId(saved.organizationId), saved.memberId);
      return { ...saved, sessionToken: session.token };
    } catch {
      return undefined;
    }
  }
}
