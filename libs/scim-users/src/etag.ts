import { ScimError } from '@app/scim-core';

/** RFC 7644 §3.14: meta.version is a weak entity tag that changes with every applied write. */
export function etagOf(version: number): string {
  return `W/"${version}"`;
}

/**
 * Whether an If-Match / If-None-Match header names this entity tag: `*`, the tag itself, or its strong spelling
 * (weak comparison, RFC 9110 §8.8.3.2).
 */
export function etagListed(header: string, etag: string): boolean {
  return header
    .split(',')
    .map((candidate) => candidate.trim())
    .some((candidate) => candidate === '*' || candidate === etag || `W/${candidate}` === etag);
}

/** If-Match on PUT/PATCH/DELETE: a stale version is 412, so a client never overwrites a change it has not seen. */
export function assertIfMatch(ifMatch: string | undefined, version: number): void {
  if (ifMatch === undefined || ifMatch === '') return;
  if (!etagListed(ifMatch, etagOf(version))) {
    throw ScimError.preconditionFailed(
      `The resource has changed: its version is ${etagOf(version)}, not ${ifMatch}. Read it again and retry.`,
    );
  }
}
