import { CORE_USER_SCHEMA, ScimError } from '@app/scim-core';
import { type ScimFilter } from './filter.ast';
import { printFilter } from './filter.printer';

export interface UserNameLookup {
  readonly userName: string;
}

/** Longest piece of the received filter echoed back in the error detail. */
const MAX_ECHO = 200;

/**
 * The supported-filter policy of list and search: only `userName eq "<string>"`, which is what Entra ID
 * (Test Connection and matching: `userName eq "<guid>"`) and Okta (`userName eq "x@y"`) send before creating a user.
 * The attribute name is case-insensitive (RFC 7643 §2.1) and may carry the core User schema URN (RFC 7644 §3.10).
 * Anything else is 400 `invalidFilter`, which RFC 7644 §3.12 also uses for unsupported filter combinations.
 */
export function toUserNameLookup(filter: ScimFilter): UserNameLookup {
  if (
    filter.kind === 'compare' &&
    filter.op === 'eq' &&
    typeof filter.value === 'string' &&
    filter.path.name.toLowerCase() === 'username' &&
    filter.path.subAttr === undefined &&
    (filter.path.uri === undefined || filter.path.uri.toLowerCase() === CORE_USER_SCHEMA.toLowerCase())
  ) {
    return { userName: filter.value };
  }
  throw ScimError.invalidFilter(
    `Only filters of the form userName eq "value" are supported; received: ${echo(printFilter(filter))}`,
  );
}

function echo(text: string): string {
  return text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO)}…` : text;
}
