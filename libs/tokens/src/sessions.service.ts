import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { asOrgId, MemberEntity, SessionEntity, type OrgId } from '@app/database';
import { MembersService } from '@app/organizations';
import type { SessionPrincipal } from './principal';
import { generateSecret, hashSecret, hasSecretShape, SESSION_TOKEN_PREFIX } from './token-secret';

export interface CreatedSession {
  token: string;
  expiresAt: Date;
}

const DEFAULT_TTL_MINUTES = 8 * 60;

/** Console sign-ins. The sign-in service creates one after SSO; the settings API accepts it as a bearer token. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly members: MembersService,
  ) {}

  async create(orgId: OrgId, memberId: string, ttlMinutes = DEFAULT_TTL_MINUTES): Promise<CreatedSession> {
    const member = await this.members.findLive(orgId, memberId);
    if (member === undefined || !member.active)
      throw new NotFoundException('No active member with that id in that organization');
    const token = generateSecret(SESSION_TOKEN_PREFIX);
    const expiresAt = new Date(Date.now() + ttlMinutes * 60_000);
    await this.sessions.insert({ organizationId: orgId, memberId, secretHash: hashSecret(token), expiresAt });
    return { token, expiresAt };
  }

  /** A session counts only while its member is live and active: disabling or deleting a member ends it at once. */
  async verify(candidate: string): Promise<SessionPrincipal | undefined> {
    if (!hasSecretShape(candidate, SESSION_TOKEN_PREFIX)) return undefined;
    const row = await this.sessions
      .createQueryBuilder('s')
      .select(['s.id', 's.organizationId', 's.memberId'])
      .innerJoin(MemberEntity, 'm', 'm.id = s.member_id AND m.organization_id = s.organization_id')
      .where('s.secret_hash = :hash', { hash: hashSecret(candidate) })
      .andWhere('s.revoked_at IS NULL AND s.expires_at > now()')
      .andWhere('m.active AND m.deleted_at IS NULL')
      .getOne();
    if (row === null) return undefined;
    return { kind: 'session', orgId: asOrgId(row.organizationId), memberId: row.memberId, sessionId: row.id };
  }

  /** Used when SCIM disables or deletes a member (RFC 7644 gives no session semantics; the product requires it). */
  async revokeAllForMember(orgId: OrgId, memberId: string): Promise<void> {
    await this.sessions
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('organization_id = :orgId AND member_id = :memberId AND revoked_at IS NULL', { orgId, memberId })
      .execute();
  }
}
