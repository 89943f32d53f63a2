import type { OrgId } from '@app/database';

/** Who is calling, as established by one of the three bearer strategies. */
export interface ScimTokenPrincipal {
  kind: 'scim-token';
  orgId: OrgId;
  tokenId: string;
}

export interface SessionPrincipal {
  kind: 'session';
  orgId: OrgId;
  memberId: string;
  sessionId: string;
}

export interface AdminPrincipal {
  kind: 'admin';
}

export type Principal = ScimTokenPrincipal | SessionPrincipal | AdminPrincipal;
export type CredentialKind = Principal['kind'];
