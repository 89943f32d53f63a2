import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository } from 'typeorm';
import { isUuid, MEMBER_ROLES, MemberEntity, type MemberRole, type OrgId } from '@app/database';

export interface CreateConsoleMemberInput {
  userName: string;
  givenName?: string;
  familyName?: string;
  email?: string;
  role: MemberRole;
}

export interface MemberPage {
  totalResults: number;
  startIndex: number;
  members: MemberEntity[];
}

/** Live members only (tombstones excluded); `byRole` counts active and disabled members alike. */
export interface MemberCounts {
  total: number;
  active: number;
  disabled: number;
  byRole: Record<MemberRole, number>;
}

export class MemberUserNameTakenError extends Error {
  constructor(userName: string) {
    super(`A member with userName '${userName}' already exists in this organization`);
  }
}

/** Members as the console and the internal admin API see them; SCIM goes through libs/scim-users. */
@Injectable()
export class MembersService {
  constructor(@InjectRepository(MemberEntity) private readonly members: Repository<MemberEntity>) {}

  async createConsoleMember(orgId: OrgId, input: CreateConsoleMemberInput): Promise<MemberEntity> {
    const taken = await this.members
      .createQueryBuilder('m')
      .where('m.organization_id = :orgId AND lower(m.user_name) = lower(:userName)', {
        orgId,
        userName: input.userName,
      })
      .getExists();
    if (taken) throw new MemberUserNameTakenError(input.userName);
    const emails =
      input.email === undefined ? undefined : [{ value: input.email, type: 'work', primary: true }];
    return this.members.save(
      this.members.create({
        organizationId: orgId,
        userName: input.userName,
        givenName: input.givenName ?? null,
        familyName: input.familyName ?? null,
        displayName: [input.givenName, input.familyName].filter(Boolean).join(' ') || null,
        role: input.role,
        source: 'console',
        active: true,
        attributes: emails === undefined ? {} : { emails },
      }),
    );
  }

  /** A live (not deleted) member of this organization, or undefined. */
  async findLive(orgId: OrgId, memberId: string): Promise<MemberEntity | undefined> {
    if (!isUuid(memberId)) return undefined;
    return (
      (await this.members.findOneBy({ organizationId: orgId, id: memberId, deletedAt: IsNull() })) ??
      undefined
    );
  }

  async list(orgId: OrgId, startIndex: number, count: number): Promise<MemberPage> {
    const [members, totalResults] = await this.members.findAndCount({
      where: { organizationId: orgId, deletedAt: IsNull() },
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: startIndex - 1,
      take: count,
    });
    return { totalResults, startIndex, members };
  }

  /** One grouped query over the (organization_id, …) rows; the settings page's counts by role and state. */
  async countByRoleAndState(orgId: OrgId): Promise<MemberCounts> {
    const rows = await this.members
      .createQueryBuilder('m')
      .select('m.role', 'role')
      .addSelect('m.active', 'active')
      .addSelect('count(*)::int', 'count')
      .where('m.organization_id = :orgId AND m.deleted_at IS NULL', { orgId })
      .groupBy('m.role')
      .addGroupBy('m.active')
      .getRawMany<{ role: MemberRole; active: boolean; count: number }>();
    const counts: MemberCounts = {
      total: 0,
      active: 0,
      disabled: 0,
      byRole: Object.fromEntries(MEMBER_ROLES.map((role) => [role, 0])) as Record<MemberRole, number>,
    };
    for (const row of rows) {
      counts.total += row.count;
      counts[row.active ? 'active' : 'disabled'] += row.count;
      counts.byRole[row.role] += row.count;
    }
    return counts;
  }

  /** userName by member id, deleted members included (a token outlives the member who issued it). */
  async userNamesById(orgId: OrgId, memberIds: readonly string[]): Promise<Map<string, string>> {
    const ids = [...new Set(memberIds)].filter(isUuid);
    if (ids.length === 0) return new Map();
    const rows = await this.members.find({
      select: { id: true, userName: true },
      where: { organizationId: orgId, id: In(ids) },
    });
    return new Map(rows.map((row) => [row.id, row.userName]));
  }
}
