import { LAMBDATEST_USER_SCHEMA } from '../scim-urns';
import { defineAttribute, type ScimSchemaDefinition } from './scim-attribute-definition';

/** SCIM spellings of the organization roles, in the order the vendor page lists them. */
export const ORGANIZATION_ROLES = ['Admin', 'Guest', 'User'] as const;
export type ScimOrganizationRole = (typeof ORGANIZATION_ROLES)[number];

/** The role a member gets when the IdP does not map OrganizationRole (vendor setup page, step 9). */
export const DEFAULT_ORGANIZATION_ROLE: ScimOrganizationRole = 'User';

export function isScimOrganizationRole(value: unknown): value is ScimOrganizationRole {
  return ORGANIZATION_ROLES.some((role) => role === value);
}

/**
 * The product extension. Its single attribute sets the member's organization role; the set of values is closed,
 * so unlike the RFC's suggested canonical values (RFC 7643 §7) these are enforced, case-insensitively.
 */
export const LAMBDATEST_USER_SCHEMA_DEFINITION: ScimSchemaDefinition = {
  id: LAMBDATEST_USER_SCHEMA,
  name: 'LambdaTestUser',
  description: 'LambdaTest organization membership',
  attributes: [
    defineAttribute(
      'OrganizationRole',
      'The LambdaTest organization role of the User: Admin, Guest or User. When not sent, the User role applies.',
      { canonicalValues: ORGANIZATION_ROLES, enforceCanonicalValues: true },
    ),
  ],
};
