import type { Request } from 'express';

export const SCIM_PREFIX = '/api/scim';

/** RFC 7644 §3.1: every SCIM response, errors included, is application/scim+json. */
export const SCIM_CONTENT_TYPE = 'application/scim+json; charset=utf-8';

export function isScimRequest(req: Request): boolean {
  return req.path === SCIM_PREFIX || req.path.startsWith(`${SCIM_PREFIX}/`);
}
