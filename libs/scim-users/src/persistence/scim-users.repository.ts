import type { OrgId } from '@app/database';
import type { PageRequest, StoredUser, UserPage, UserValues } from '../stored-user';

/** Decides the next values of a locked user; `undefined` means "nothing to change" (no write, no version bump). */
export type UserMutation = (current: StoredUser, guard: LastAdminGuard) => Promise<UserValues | undefined>;

/** Lets a mutation ask, inside its transaction, how many other active Admins the organization has. */
export interface LastAdminGuard {
  countOtherActiveAdmins(): Promise<number>;
}

export interface CreateResult {
  kind: 'created' | 'restored';
  user: StoredUser;
}

/**
 * The persistence port of SCIM Users. Every method takes the organization first: a query without a tenant does not
 * compile. Deleted members are tombstones that only `create` sees (to restore them on rehire).
 */
export abstract class ScimUsersRepository {
  abstract findById(orgId: OrgId, id: string): Promise<StoredUser | undefined>;

  /** Case-insensitive, through the (organization_id, lower(user_name)) unique index. */
  abstract findByUserName(orgId: OrgId, userName: string): Promise<StoredUser | undefined>;

  /** A stable page ordered by creation; `userName` narrows it to the one case-insensitive match. */
  abstract list(orgId: OrgId, page: PageRequest, userName?: string): Promise<UserPage>;

  /**
   * Inserts, or restores the tombstone with the same userName (rehire keeps the id). A live user with that userName
   * (in any letter case) is ScimError 409 uniqueness, as is a rename onto one in `update`.
   */
  abstract create(orgId: OrgId, values: UserValues): Promise<CreateResult>;

  /** Locks the user, lets `mutate` decide, writes with version + 1. Undefined when the user does not exist. */
  abstract update(
    orgId: OrgId,
    id: string,
    mutate: UserMutation,
  ): Promise<{ user: StoredUser; changed: boolean } | undefined>;

  /** Locks the user, lets `check` refuse by throwing, then tombstones it. Undefined when it does not exist. */
  abstract delete(
    orgId: OrgId,
    id: string,
    check: (current: StoredUser, guard: LastAdminGuard) => Promise<void>,
  ): Promise<StoredUser | undefined>;
}
