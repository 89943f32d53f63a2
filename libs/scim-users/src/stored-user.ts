import type { MemberRole, OrgId } from '@app/database';
import type { ScimUserAttributes } from '@app/scim-core';

/** The SCIM attributes kept in members.attributes: everything without a column of its own, as sent. */
export type UserAttributes = ScimUserAttributes;

/** What a SCIM write stores: the columns plus the remaining attributes. */
export interface UserValues {
  userName: string;
  externalId: string | null;
  active: boolean;
  givenName: string | null;
  familyName: string | null;
  displayName: string | null;
  role: MemberRole;
  attributes: UserAttributes;
}

/** A live member as the SCIM layer reads it. */
export interface StoredUser extends UserValues {
  id: string;
  organizationId: OrgId;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface UserPage {
  totalResults: number;
  users: StoredUser[];
}

/** RFC 7644 §3.4.2.4: 1-based startIndex, count already clamped to the advertised maximum. */
export interface PageRequest {
  startIndex: number;
  count: number;
}
