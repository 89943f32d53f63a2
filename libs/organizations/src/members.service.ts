import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { isUuid, MemberEntity, type MemberRole, type OrgId } from '@app/database';

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
}
