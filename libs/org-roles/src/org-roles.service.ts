import { Injectable } from '@nestjs/common';
import { assertKeepsAnActiveAdmin, type MemberRoleChange } from './last-admin.policy';
import type { OrganizationRole, StoredRole } from './org-role';
import { fromOrganizationRole, toOrganizationRole } from './org-role.mapper';
import {
  canIssueScimTokens,
  describeMissingPrerequisites,
  type ScimTokenIssuanceContext,
  type ScimTokenPrerequisite,
} from './scim-token-prerequisites.policy';

/** Role mapping and role policy behind DI; every method delegates to a pure function of this lib. */
@Injectable()
export class OrgRolesService {
  toOrganizationRole(stored: StoredRole): OrganizationRole {
    return toOrganizationRole(stored);
  }

  fromOrganizationRole(value: unknown): StoredRole {
    return fromOrganizationRole(value);
  }

  assertKeepsAnActiveAdmin(change: MemberRoleChange): void {
    assertKeepsAnActiveAdmin(change);
  }

  /** The prerequisites of issuing a SCIM token that are not met (empty: may issue). */
  missingTokenPrerequisites(context: ScimTokenIssuanceContext): ScimTokenPrerequisite[] {
    return canIssueScimTokens(context);
  }

  describeMissingPrerequisites(missing: readonly ScimTokenPrerequisite[]): string {
    return describeMissingPrerequisites(missing);
  }
}
