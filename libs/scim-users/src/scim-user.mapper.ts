import {
  CORE_USER_SCHEMA,
  ENTERPRISE_USER_SCHEMA,
  LAMBDATEST_USER_SCHEMA,
  type ScimName,
  type ScimUser,
  type ScimUserInput,
} from '@app/scim-core';
import { fromOrganizationRole, toOrganizationRole } from '@app/org-roles';
import type { MemberRole } from '@app/database';
import { etagOf } from './etag';
import type { StoredUser, UserValues } from './stored-user';

/** A User without the server-assigned parts (id, meta, schemas): what the PATCH engine edits. */
export type ScimUserDocument = Omit<ScimUser, 'id' | 'meta' | 'schemas'>;

/**
 * The stored member as a SCIM User (RFC 7643 §4.1). `userName` keeps the case it was created with (normalising it
 * makes IdPs loop PUTs), and OrganizationRole is always present, in canonical case.
 */
export function toScimUser(user: StoredUser, location: string): ScimUser {
  const document = toScimUserDocument(user);
  const schemas = [CORE_USER_SCHEMA];
  if (document[ENTERPRISE_USER_SCHEMA] !== undefined) schemas.push(ENTERPRISE_USER_SCHEMA);
  schemas.push(LAMBDATEST_USER_SCHEMA);
  return {
    schemas,
    id: user.id,
    ...document,
    meta: {
      resourceType: 'User',
      created: user.createdAt.toISOString(),
      lastModified: user.updatedAt.toISOString(),
      location,
      version: etagOf(user.version),
    },
  };
}

export function toScimUserDocument(user: StoredUser): ScimUserDocument {
  const { name: nameDetails, ...attributes } = user.attributes;
  const name: ScimName = { ...nameDetails };
  if (user.givenName !== null) name.givenName = user.givenName;
  if (user.familyName !== null) name.familyName = user.familyName;
  const document: ScimUserDocument = { userName: user.userName };
  if (user.externalId !== null) document.externalId = user.externalId;
  if (Object.keys(name).length > 0) document.name = name;
  if (user.displayName !== null) document.displayName = user.displayName;
  document.active = user.active;
  Object.assign(document, attributes);
  document[LAMBDATEST_USER_SCHEMA] = { OrganizationRole: toOrganizationRole(user.role) };
  return document;
}

/** What an omitted `active` or OrganizationRole means for one kind of write. */
export interface OmittedValueFallback {
  active: boolean;
  role: MemberRole;
}

/** POST: the vendor contract's defaults (active, role User). */
export const CREATE_FALLBACK: OmittedValueFallback = { active: true, role: 'user' };

/**
 * PUT keeps the stored `active` when omitted (Okta sends PUTs without it; reactivating by omission would be wrong)
 * and the stored role, so an IdP that does not map OrganizationRole never demotes an admin set in the console.
 */
export function replaceFallback(current: StoredUser): OmittedValueFallback {
  return { active: current.active, role: current.role };
}

/** PATCH: the document always carries the role, so its absence afterwards means a remove, which means User. */
export function patchFallback(current: StoredUser): OmittedValueFallback {
  return { active: current.active, role: 'user' };
}

/** The values to store for a validated body; everything else omitted is cleared (RFC 7644 §3.5.1). */
export function toUserValues(input: ScimUserInput, fallback: OmittedValueFallback): UserValues {
  return {
    userName: input.userName,
    externalId: input.externalId ?? null,
    active: input.active ?? fallback.active,
    givenName: input.givenName,
    familyName: input.familyName,
    displayName: input.displayName ?? null,
    role: input.organizationRole === undefined ? fallback.role : fromOrganizationRole(input.organizationRole),
    attributes: input.attributes,
  };
}

/** True when a write would store exactly what is stored (Entra re-sends values every cycle). */
export function sameValues(current: UserValues, next: UserValues): boolean {
  return canonicalJson(pickValues(current)) === canonicalJson(pickValues(next));
}

function pickValues(values: UserValues): UserValues {
  const { userName, externalId, active, givenName, familyName, displayName, role, attributes } = values;
  return { userName, externalId, active, givenName, familyName, displayName, role, attributes };
}

/** JSON with sorted object keys: jsonb does not keep key order, so plain JSON.stringify would see false changes. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
