import type { OrgId } from '@app/database';

/** Who sends a SCIM request: the organization and token from the bearer strategy, and the request id for the audit. */
export interface ScimCaller {
  orgId: OrgId;
  tokenId: string;
  requestId?: string;
}

/** The conditional-request headers of RFC 7644 §3.14. */
export interface Preconditions {
  ifMatch?: string;
  ifNoneMatch?: string;
}
