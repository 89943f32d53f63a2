import { LIST_RESPONSE_SCHEMA } from '../scim-urns';

/** A query response (RFC 7644 §3.4.2). Counts are integers, never strings (Okta rejects strings). */
export interface ScimListResponse<T> {
  schemas: [typeof LIST_RESPONSE_SCHEMA];
  totalResults: number;
  startIndex: number;
  itemsPerPage: number;
  Resources: T[];
}

/**
 * Wraps one page of resources. `startIndex` is 1-based (RFC 7644 §3.4.2.4); `totalResults` defaults to the page
 * size, which is right for the unpaged discovery endpoints (RFC 7644 §4).
 */
export function buildListResponse<T>(
  resources: T[],
  page: { startIndex?: number; totalResults?: number } = {},
): ScimListResponse<T> {
  return {
    schemas: [LIST_RESPONSE_SCHEMA],
    totalResults: page.totalResults ?? resources.length,
    startIndex: page.startIndex ?? 1,
    itemsPerPage: resources.length,
    Resources: resources,
  };
}
