import type { ScimOrganizationRole } from '@app/scim-core';

/**
 * Organization roles as the database stores them. The SCIM spelling (Admin/User/Guest) is the same set: the
 * mapping is a bijection, so a SCIM value can never widen into a role the schema does not list.
 */
export const StoredRole = { Admin: 'admin', User: 'user', Guest: 'guest' } as const;
export type StoredRole = (typeof StoredRole)[keyof typeof StoredRole];

/** The product extension's OrganizationRole values, defined once in scim-core's schema. */
export type OrganizationRole = ScimOrganizationRole;

export const STORED_ROLES: readonly StoredRole[] = Object.values(StoredRole);

export function isStoredRole(value: unknown): value is StoredRole {
  return STORED_ROLES.some((role) => role === value);
}
