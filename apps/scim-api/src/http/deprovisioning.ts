/**
 * Deprovisioning must never be throttled: an organization that removes someone needs it to happen now, and the
 * IdP's retry can be hours away (Entra escrow, idp-behaviour §1). DELETE, and a PUT or PATCH that sets `active`
 * false (Okta's full PUT, Entra's and Okta's PATCH replace), pass the limiter without taking a token. A cheap look
 * at the parsed body; the real validation happens later, and a request that sets `active` false really disables
 * the user, so this exemption is no free pass.
 */
export function isDeprovisioning(method: string, body: unknown): boolean {
  switch (method.toUpperCase()) {
    case 'DELETE':
      return true;
    case 'PUT':
      return setsInactive(body);
    case 'PATCH':
      return operationsOf(body).some(disablesUser);
    default:
      return false;
  }
}

const ACTIVE_PATHS = new Set(['active', 'urn:ietf:params:scim:schemas:core:2.0:user:active']);

function disablesUser(operation: unknown): boolean {
  const op = memberOf(operation, 'op');
  if (typeof op !== 'string' || !['replace', 'add'].includes(op.toLowerCase())) return false;
  const path = memberOf(operation, 'path');
  const value = memberOf(operation, 'value');
  if (path === undefined || path === null || path === '') return setsInactive(value);
  return typeof path === 'string' && ACTIVE_PATHS.has(path.trim().toLowerCase()) && isFalse(value);
}

function setsInactive(resource: unknown): boolean {
  return isFalse(memberOf(resource, 'active'));
}

/** Entra's default dialect sends booleans as "False" strings (idp-behaviour §1). */
function isFalse(value: unknown): boolean {
  return value === false || (typeof value === 'string' && value.toLowerCase() === 'false');
}

function operationsOf(body: unknown): unknown[] {
  const operations = memberOf(body, 'Operations');
  return Array.isArray(operations) ? operations : [];
}

/** SCIM attribute and message member names are case-insensitive (RFC 7643 §2.1). */
function memberOf(value: unknown, name: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const lower = name.toLowerCase();
  const key = Object.keys(value).find((candidate) => candidate.toLowerCase() === lower);
  return key === undefined ? undefined : (value as Record<string, unknown>)[key];
}
