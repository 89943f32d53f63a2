import {
  LAMBDATEST_USER_SCHEMA,
  ORGANIZATION_ROLES,
  ScimError,
  type ScimOrganizationRole,
} from '@app/scim-core';
import { StoredRole, type OrganizationRole } from './org-role';

// Records keyed by the unions: adding a role to either side without the other does not compile.
const ORGANIZATION_ROLE_BY_STORED_ROLE: Readonly<Record<StoredRole, OrganizationRole>> = {
  admin: 'Admin',
  user: 'User',
  guest: 'Guest',
};
const STORED_ROLE_BY_ORGANIZATION_ROLE: Readonly<Record<ScimOrganizationRole, StoredRole>> = {
  Admin: StoredRole.Admin,
  User: StoredRole.User,
  Guest: StoredRole.Guest,
};

/** The SCIM spelling of a stored role, as GET /Users returns it in the product extension. */
export function toOrganizationRole(stored: StoredRole): OrganizationRole {
  return ORGANIZATION_ROLE_BY_STORED_ROLE[stored];
}

/**
 * The stored role for an OrganizationRole value from an IdP or the admin API. Matched without case; absent, null
 * or blank means User, the vendor page's default when the attribute is not mapped. Anything else is a 400
 * listing the allowed values, never a silent fallback to User.
 */
export function fromOrganizationRole(value: unknown): StoredRole {
  if (value === undefined || value === null) return StoredRole.User;
  const wanted = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  if (wanted === '') return StoredRole.User;
  const match = ORGANIZATION_ROLES.find((role) => role.toLowerCase() === wanted);
  if (match === undefined) {
    throw ScimError.invalidValue(
      `Attribute '${LAMBDATEST_USER_SCHEMA}:OrganizationRole' must be one of ${ORGANIZATION_ROLES.join(', ')}`,
    );
  }
  return STORED_ROLE_BY_ORGANIZATION_ROLE[match];
}
