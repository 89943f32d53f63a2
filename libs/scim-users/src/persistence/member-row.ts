import { asOrgId, type MemberRole } from '@app/database';
import type { StoredUser, UserAttributes, UserValues } from '../stored-user';

/** The columns every SCIM read selects, in the order the hand-written statements use them. */
export const MEMBER_COLUMNS = `id, organization_id, user_name, external_id, active, given_name, family_name,
  display_name, role, attributes, version, created_at, updated_at`;

export interface MemberRow {
  id: string;
  organization_id: string;
  user_name: string;
  external_id: string | null;
  active: boolean;
  given_name: string | null;
  family_name: string | null;
  display_name: string | null;
  role: MemberRole;
  attributes: UserAttributes;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export function toStoredUser(row: MemberRow): StoredUser {
  return {
    id: row.id,
    organizationId: asOrgId(row.organization_id),
    userName: row.user_name,
    externalId: row.external_id,
    active: row.active,
    givenName: row.given_name,
    familyName: row.family_name,
    displayName: row.display_name,
    role: row.role,
    attributes: row.attributes,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Bound parameters $2..$9 of the insert and update statements, in one place. */
export function valueParameters(values: UserValues): unknown[] {
  return [
    values.userName,
    values.externalId,
    values.active,
    values.givenName,
    values.familyName,
    values.displayName,
    values.role,
    JSON.stringify(values.attributes),
  ];
}
