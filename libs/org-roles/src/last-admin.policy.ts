import { ScimError } from '@app/scim-core';
import { StoredRole } from './org-role';

/** The parts of a member that decide whether it counts as an active Admin. */
export interface MemberRoleState {
  role: StoredRole;
  active: boolean;
  deleted?: boolean;
}

export interface MemberRoleChange {
  current: MemberRoleState;
  /** The state after the SCIM operation; a DELETE is the current state with `deleted: true`. */
  next: MemberRoleState;
  /** Active, non-deleted Admins of the organization other than this member. */
  otherActiveAdmins: number;
}

export const LAST_ADMIN_DETAIL =
  "SCIM may not demote, disable or delete the organization's last active Admin. " +
  'Make another member an Admin first, then retry.';

export function isActiveAdmin(state: MemberRoleState): boolean {
  return state.role === StoredRole.Admin && state.active && state.deleted !== true;
}

/**
 * Whether the organization still has an active Admin after the change. Only a change that takes the last one
 * away fails; an organization that already has none is not blocked from other changes. A count that is not
 * a positive number fails closed.
 */
export function keepsAnActiveAdmin({ current, next, otherActiveAdmins }: MemberRoleChange): boolean {
  return !isActiveAdmin(current) || isActiveAdmin(next) || otherActiveAdmins > 0;
}

/**
 * Guards SCIM writes against locking everyone out of the organization settings (and so out of SCIM token
 * management): IdPs deprovision owners unless the server refuses (idp-behaviour §3.11). 403, since the request
 * is understood but not allowed.
 */
export function assertKeepsAnActiveAdmin(change: MemberRoleChange): void {
  if (!keepsAnActiveAdmin(change)) throw ScimError.forbidden(LAST_ADMIN_DETAIL);
}
