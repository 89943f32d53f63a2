import { ScimError } from '@app/scim-core';

/** RFC 7644 §3.14: meta.version is a weak entity tag that changes with every applied write. */
export function etagOf(version: number): string {
  return `W/"${version}"`;
}

function listed(header: string, etag: string): boolean {
  return header
    .split(',')
    .map((candidate) => candidate.trim())
    .some((candidate) => candidate === '*' || candidate === etag || `W/${candidate}` === etag);
}

/** If-Match on PUT/PATCH/DELETE: a stale version is 412, so a client never overwrites a change it has not seen. */
export function assertIfMatch(ifMatch: string | undefined, version: number): void {
  if (ifMatch === undefined || ifMatch === '') return;
  if (!listed(ifMatch, etagOf(version))) {
    throw ScimError.preconditionFailed(
      `The resource has changed: its version is ${etagOf(version)}, not ${ifMatch}. Read it again and retry.`,
    );
  }
}

/** If-None-Match on GET: true when the client's copy is current (the controller answers 304). */
export function isNotModified(ifNoneMatch: string | undefined, version: number): boolean {
  return ifNoneMatch !== undefined && ifNoneMatch !== '' && listed(ifNoneMatch, etagOf(version));
}
