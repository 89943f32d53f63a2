import { Injectable } from '@nestjs/common';
import { ProvisioningEventsService, type ProvisioningEventView } from '@app/audit';
import type { ActorType, EventOutcome } from '@app/database';
import { MembersService } from '@app/organizations';
import type { OrganizationRole } from '@app/org-roles';
import { ScimTokensService, type SessionPrincipal } from '@app/tokens';
import { ScimSettingsService } from './scim-settings.service';

/** One audit event as the settings page shows it: no actor id, nothing an IdP sent beyond the userName. */
export interface ScimActivityEvent {
  id: string;
  at: Date;
  actorType: ActorType;
  action: string;
  userName: string | null;
  memberId: string | null;
  outcome: EventOutcome;
  httpStatus: number;
  detail: string | null;
  requestId: string | null;
}

export interface ScimActivityPage {
  events: ScimActivityEvent[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: string | null;
}

export interface ScimActivitySummary {
  members: { total: number; active: number; disabled: number; byRole: Record<OrganizationRole, number> };
  lastScimRequestAt: Date | null;
}

/**
 * The read-only half of the settings page: provisioning activity and member counts. Any active member of the
 * organization may read it (same caller rules as the rest of the settings API); nothing here changes state.
 */
@Injectable()
export class ScimActivityService {
  constructor(
    private readonly settings: ScimSettingsService,
    private readonly auditLog: ProvisioningEventsService,
    private readonly members: MembersService,
    private readonly tokens: ScimTokensService,
  ) {}

  async events(
    principal: SessionPrincipal,
    orgId: string,
    page: { limit: number; before?: string },
  ): Promise<ScimActivityPage> {
    await this.settings.callerContext(principal, orgId);
    // One extra row tells whether an older page exists without a count query.
    const rows = await this.auditLog.list(principal.orgId, page.limit + 1, page.before);
    const events = rows.slice(0, page.limit).map(toActivityEvent);
    return { events, nextBefore: rows.length > page.limit ? (events.at(-1)?.id ?? null) : null };
  }

  async summary(principal: SessionPrincipal, orgId: string): Promise<ScimActivitySummary> {
    await this.settings.callerContext(principal, orgId);
    const counts = await this.members.countByRoleAndState(principal.orgId);
    return {
      members: {
        total: counts.total,
        active: counts.active,
        disabled: counts.disabled,
        byRole: { Admin: counts.byRole.admin, User: counts.byRole.user, Guest: counts.byRole.guest },
      },
      lastScimRequestAt: await this.lastScimRequestAt(principal),
    };
  }

  /**
   * The later of the active tokens' `last_used_at` (any authenticated SCIM call, reads included, written about once a
   * minute) and the newest event left by a SCIM token (writes only, but it survives the token's revocation).
   */
  private async lastScimRequestAt(principal: SessionPrincipal): Promise<Date | null> {
    const [tokens, newestEvent] = await Promise.all([
      this.tokens.listActive(principal.orgId),
      this.auditLog.newestAt(principal.orgId, 'token'),
    ]);
    const times = [...tokens.map((token) => token.lastUsedAt), newestEvent].filter(
      (time): time is Date => time !== null,
    );
    return times.length === 0 ? null : new Date(Math.max(...times.map((time) => time.getTime())));
  }
}

function toActivityEvent(event: ProvisioningEventView): ScimActivityEvent {
  return {
    id: event.id,
    at: event.at,
    actorType: event.actor.type,
    action: event.action,
    userName: event.target.userName,
    memberId: event.target.memberId,
    outcome: event.outcome,
    httpStatus: event.httpStatus,
    detail: event.detail,
    requestId: event.requestId,
  };
}
