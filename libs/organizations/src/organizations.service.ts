import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { isUuid, OrganizationEntity, type OrgId, type Plan } from '@app/database';

export interface CreateOrganizationInput {
  name: string;
  plan: Plan;
  ssoConfigured: boolean;
}

export type UpdateOrganizationInput = Partial<CreateOrganizationInput>;

/** Organizations as the internal admin API and the token rules see them. */
@Injectable()
export class OrganizationsService {
  constructor(
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
  ) {}

  create(input: CreateOrganizationInput): Promise<OrganizationEntity> {
    return this.organizations.save(this.organizations.create(input));
  }

  /** Undefined for an unknown id and for anything that is not a uuid (callers answer 404). */
  async find(id: string): Promise<OrganizationEntity | undefined> {
    if (!isUuid(id)) return undefined;
    return (await this.organizations.findOneBy({ id })) ?? undefined;
  }

  async update(orgId: OrgId, input: UpdateOrganizationInput): Promise<OrganizationEntity | undefined> {
    const organization = await this.find(orgId);
    if (organization === undefined) return undefined;
    this.organizations.merge(organization, input);
    return this.organizations.save(organization);
  }

  async count(): Promise<number> {
    return this.organizations.count();
  }
}
