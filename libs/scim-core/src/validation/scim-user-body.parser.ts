import { USER_NAME_MAX_LENGTH } from '../schema/core-user.schema';
import { isScimOrganizationRole } from '../schema/lambdatest-user.schema';
import { ScimError } from '../scim-error';
import { CORE_USER_SCHEMA, ENTERPRISE_USER_SCHEMA, LAMBDATEST_USER_SCHEMA } from '../scim-urns';
import type { ScimUserAttributes, ScimUserCreateInput, ScimUserInput } from '../wire/scim-user';
import { collectUserAttributes } from './user-body.collector';
import { isComplexValue, isJsonObject, type ScimComplexValue, type ScimValue } from './scim-value';

/** POST creates (RFC 7644 §3.3); PUT replaces (§3.5.1). They differ only in whether `active` is required. */
export type ScimUserBodyMode = 'create' | 'replace';

export interface ParseScimUserBodyOptions {
  mode: ScimUserBodyMode;
}

/** Core attributes the database keeps in columns; everything else goes to ScimUserInput.attributes. */
const COLUMN_ATTRIBUTES: ReadonlySet<string> = new Set(['userName', 'externalId', 'active', 'displayName']);
const COLUMN_NAME_PARTS: ReadonlySet<string> = new Set(['givenName', 'familyName']);
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/**
 * Validates a POST or PUT User body against the schema definitions and returns it typed, under canonical names.
 * Throws only ScimError (400) for anything a client can send.
 *
 * Required on both modes: userName, name.givenName and name.familyName (vendor page, step 9; userName also
 * RFC 7643 §4.1.1). `active` is required on create only: an omitted readWrite attribute on PUT "MAY be assumed
 * to be not asserted" (RFC 7644 §3.5.1), and Okta's full-replace PUTs must not reactivate or deactivate by
 * omission (idp-behaviour §3.6), so the caller keeps the stored value.
 */
export function parseScimUserBody(body: unknown, options: { mode: 'create' }): ScimUserCreateInput;
export function parseScimUserBody(body: unknown, options: ParseScimUserBodyOptions): ScimUserInput;
export function parseScimUserBody(body: unknown, options: ParseScimUserBodyOptions): ScimUserInput {
  if (!isJsonObject(body)) {
    throw ScimError.invalidSyntax('The request body must be a JSON object (RFC 7644 §3.3)');
  }
  const validated = collectUserAttributes(body);
  const core = validated.get(CORE_USER_SCHEMA) ?? {};
  const name = isComplexValue(core.name) ? core.name : {};
  const input: ScimUserInput = {
    userName: requireUserName(core.userName),
    givenName: requireText(name.givenName, 'name.givenName'),
    familyName: requireText(name.familyName, 'name.familyName'),
    attributes: toUserAttributes(core, name, validated.get(ENTERPRISE_USER_SCHEMA)),
  };
  const active = typeof core.active === 'boolean' ? core.active : undefined;
  if (options.mode === 'create' && active === undefined) throw required('active');
  if (typeof core.externalId === 'string') input.externalId = core.externalId;
  if (active !== undefined) input.active = active;
  if (typeof core.displayName === 'string') input.displayName = core.displayName;
  const role = validated.get(LAMBDATEST_USER_SCHEMA)?.OrganizationRole;
  if (isScimOrganizationRole(role)) input.organizationRole = role;
  return input;
}

function required(path: string): ScimError {
  return ScimError.invalidValue(`Attribute '${path}' is required`);
}

/** Blank counts as missing: these values are shown to people and used to sign in. */
function requireText(value: ScimValue | undefined, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw required(path);
  return value;
}

/** Kept exactly as sent: changing its case or spaces makes IdPs loop on updates (idp-behaviour §3.4). */
function requireUserName(value: ScimValue | undefined): string {
  const userName = requireText(value, 'userName');
  if (userName.length > USER_NAME_MAX_LENGTH) {
    throw ScimError.invalidValue(
      `Attribute 'userName' must be at most ${USER_NAME_MAX_LENGTH} characters long`,
    );
  }
  if (CONTROL_CHARACTER.test(userName)) {
    throw ScimError.invalidValue("Attribute 'userName' must not contain control characters");
  }
  return userName;
}

function toUserAttributes(
  core: ScimComplexValue,
  name: ScimComplexValue,
  enterprise: ScimComplexValue | undefined,
): ScimUserAttributes {
  const attributes: ScimComplexValue = {};
  for (const [key, value] of Object.entries(core)) {
    if (key === 'name') {
      const details = withoutKeys(name, COLUMN_NAME_PARTS);
      if (Object.keys(details).length > 0) attributes.name = details;
    } else if (!COLUMN_ATTRIBUTES.has(key)) {
      attributes[key] = value;
    }
  }
  if (enterprise !== undefined) attributes[ENTERPRISE_USER_SCHEMA] = enterprise;
  return asUserAttributes(attributes);
}

function withoutKeys(value: ScimComplexValue, keys: ReadonlySet<string>): ScimComplexValue {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.has(key)));
}

/**
 * The one narrowing point: every value was validated against the core and Enterprise User definitions, and
 * scim-user-attributes.spec.ts keeps ScimUserAttributes and those definitions in step.
 */
function asUserAttributes(attributes: ScimComplexValue): ScimUserAttributes {
  return attributes;
}
