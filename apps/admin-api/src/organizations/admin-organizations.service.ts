import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { asOrgId, type MemberEntity, type OrganizationEntity, type OrgId } from '@app/database';
import { MembersService, MemberUserNameTakenError, OrganizationsService } from '@app/organizations';
import { OrgRolesService } from '@app/org-roles';
import type { CreateMemberDto, CreateOrganizationDto, UpdateOrganizationDto } from './organization.dto';

export interface OrganizationView {
  id: string;
  name: string;
  plan: OrganizationEntity['plan'];
  ssoConfigured: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface MemberView {
  id: string;
  organizationId: string;
  userName: string;
  givenName: string | null;
  familyName: string | null;
  active: boolean;
  role: string;
  source: MemberEntity['source'];
  createdAt: Date;
}

export interface MemberPageView {
  totalResults: number;
  startIndex: number;
  itemsPerPage: number;
  members: MemberView[];
}

/** The internal admin API's use cases; 404 for unknown organizations and for ids that are not uuids. */
@Injectable()
export class AdminOrganizationsService {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly members: MembersService,
    private readonly orgRoles: OrgRolesService,
  ) {}

  async create(input: CreateOrganizationDto): Promise<OrganizationView> {
    return toOrganizationView(await this.organizations.create(input));
  }

  async get(orgId: string): Promise<OrganizationView> {
    return toOrganizationView(await this.findOrFail(orgId));
  }

  async update(orgId: string, input: UpdateOrganizationDto): Promise<OrganizationView> {
    const updated = await this.organizations.update(await this.orgIdOrFail(orgId), input);
    if (updated === undefined) throw new NotFoundException('Organization not found');
    return toOrganizationView(updated);
  }

  async createMember(orgId: string, input: CreateMemberDto): Promise<MemberView> {
    const id = await this.orgIdOrFail(orgId);
    try {
      const member = await this.members.createConsoleMember(id, {
        ...input,
        role: this.orgRoles.fromOrganizationRole(input.role),
      });
      return this.toMemberView(member);
    } catch (error) {
      if (error instanceof MemberUserNameTakenError) throw new ConflictException(error.message);
      throw error;
    }
  }

  async listMembers(orgId: string, startIndex: number, count: number): Promise<MemberPageView> {
    const page = await this.members.list(await this.orgIdOrFail(orgId), startIndex, count);
    return {
      totalResults: page.totalResults,
      startIndex: page.startIndex,
      itemsPerPage: page.members.length,
      members: page.members.map((member) => this.toMemberView(member)),
    };
  }

  async orgIdOrFail(orgId: string): Promise<OrgId> {
    return asOrgId((await this.findOrFail(orgId)).id);
  }

  private async findOrFail(orgId: string): Promise<OrganizationEntity> {
    const organization = await this.organizations.find(orgId);
    if (organization === undefined) throw new NotFoundException('Organization not found');
    return organization;
  }

  private toMemberView(member: MemberEntity): MemberView {
    return {
      id: member.id,
      organizationId: member.organizationId,
      userName: member.userName,
      givenName: member.givenName,
      familyName: member.familyName,
      active: member.active,
      role: this.orgRoles.toOrganizationRole(member.role),
      source: member.source,
      createdAt: member.createdAt,
    };
  }
}

function toOrganizationView(organization: OrganizationEntity): OrganizationView {
  return {
    id: organization.id,
    name: organization.name,
    plan: organization.plan,
    ssoConfigured: organization.ssoConfigured,
    createdAt: organization.createdAt,
    updatedAt: organization.updatedAt,
  };
}
