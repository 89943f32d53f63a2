// The reference server's SCIM mapping: the same wire shape as libs/scim-users/src/scim-user.mapper.ts, with only the
// validation and PATCH paths the bench's Entra traffic needs. It is a yardstick, not a second implementation.

export const CORE_USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const ENTERPRISE_USER_SCHEMA = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const LAMBDATEST_USER_SCHEMA = 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User';
export const LIST_RESPONSE_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

const ROLE_BY_SCIM = { admin: 'admin', user: 'user', guest: 'guest' };
const SCIM_BY_ROLE = { admin: 'Admin', user: 'User', guest: 'Guest' };
const READ_ONLY = new Set(['schemas', 'id', 'meta', 'groups']);

export class HttpError extends Error {
  constructor(status, detail, scimType) {
    super(detail);
    this.status = status;
    this.scimType = scimType;
  }
}

export function errorBody(status, detail, scimType) {
  return { schemas: [ERROR_SCHEMA], status: String(status), ...(scimType ? { scimType } : {}), detail };
}

/** The SCIM User for a members row (RFC 7643 §4.1), same keys and order as toScimUser. */
export function toScimUser(row, location) {
  const document = toDocument(row);
  const schemas = [CORE_USER_SCHEMA];
  if (document[ENTERPRISE_USER_SCHEMA] !== undefined) schemas.push(ENTERPRISE_USER_SCHEMA);
  schemas.push(LAMBDATEST_USER_SCHEMA);
  return {
    schemas,
    id: row.id,
    ...document,
    meta: {
      resourceType: 'User',
      created: row.created_at.toISOString(),
      lastModified: row.updated_at.toISOString(),
      location,
      version: `W/"${row.version}"`,
    },
  };
}

function toDocument(row) {
  const { name: nameDetails, ...attributes } = row.attributes;
  const name = { ...nameDetails };
  if (row.given_name !== null) name.givenName = row.given_name;
  if (row.family_name !== null) name.familyName = row.family_name;
  const document = { userName: row.user_name };
  if (row.external_id !== null) document.externalId = row.external_id;
  if (Object.keys(name).length > 0) document.name = name;
  if (row.display_name !== null) document.displayName = row.display_name;
  document.active = row.active;
  Object.assign(document, attributes);
  document[LAMBDATEST_USER_SCHEMA] = { OrganizationRole: SCIM_BY_ROLE[row.role] };
  return document;
}

/** Columns and attributes for a POST body or a patched document; `fallbackRole` when OrganizationRole is absent. */
export function toValues(body, fallbackRole = 'user') {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new HttpError(400, 'The body must be a JSON object', 'invalidSyntax');
  }
  const {
    userName,
    externalId,
    active,
    displayName,
    name,
    [LAMBDATEST_USER_SCHEMA]: product,
    ...rest
  } = body;
  if (typeof userName !== 'string' || userName.trim() === '') {
    throw new HttpError(400, "Attribute 'userName' is required", 'invalidValue');
  }
  if (active !== undefined && typeof active !== 'boolean') {
    throw new HttpError(400, "Attribute 'active' must be a boolean", 'invalidValue');
  }
  const attributes = {};
  for (const [key, value] of Object.entries(rest)) {
    if (!READ_ONLY.has(key) && value !== null) attributes[key] = value;
  }
  const { givenName = null, familyName = null, ...nameRest } = name ?? {};
  if (Object.keys(nameRest).length > 0) attributes.name = nameRest;
  const wantedRole = product?.OrganizationRole;
  const role =
    wantedRole === undefined || wantedRole === null
      ? fallbackRole
      : ROLE_BY_SCIM[String(wantedRole).toLowerCase()];
  if (role === undefined)
    throw new HttpError(400, 'OrganizationRole must be Admin, User or Guest', 'invalidValue');
  return {
    userName,
    externalId: externalId ?? null,
    active: active ?? true,
    givenName,
    familyName,
    displayName: displayName ?? null,
    role,
    attributes,
  };
}

/** Replace/Add on `attr` or `attr.sub`, and Remove; the forms Entra sends for single-valued attributes. */
export function applyPatch(row, body) {
  const operations = body?.Operations;
  if (!Array.isArray(operations) || operations.length === 0) {
    throw new HttpError(400, "PatchOp 'Operations' must be a non-empty array", 'invalidSyntax');
  }
  const document = toDocument(row);
  for (const operation of operations) {
    const op = String(operation?.op ?? '').toLowerCase();
    if (op !== 'add' && op !== 'replace' && op !== 'remove')
      throw new HttpError(400, 'Unknown op', 'invalidSyntax');
    if (typeof operation.path !== 'string') {
      if (op === 'remove' || operation.value === null || typeof operation.value !== 'object') {
        throw new HttpError(400, 'A PATCH without path needs an object value', 'noTarget');
      }
      Object.assign(document, operation.value);
      continue;
    }
    const [attribute, sub] = operation.path.split('.');
    if (sub === undefined) {
      if (op === 'remove') delete document[attribute];
      else document[attribute] = operation.value;
      continue;
    }
    const parent = { ...(document[attribute] ?? {}) };
    if (op === 'remove') delete parent[sub];
    else parent[sub] = operation.value;
    document[attribute] = parent;
  }
  return toValues(document, 'user');
}

export function rowValues(row) {
  return {
    userName: row.user_name,
    externalId: row.external_id,
    active: row.active,
    givenName: row.given_name,
    familyName: row.family_name,
    displayName: row.display_name,
    role: row.role,
    attributes: row.attributes,
  };
}

/** jsonb does not keep key order, so values compare through sorted-key JSON (as sameValues does). */
export function sameValues(a, b) {
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value) {
  return JSON.stringify(value, (_key, inner) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : inner,
  );
}

/** RFC 7644 §3.4.2.2 for the one filter Entra sends: `userName eq "…"` (attribute name without case). */
export function parseUserNameFilter(filter) {
  const match = /^\s*userName\s+eq\s+("(?:[^"\\]|\\.)*")\s*$/i.exec(filter);
  if (match === null) throw new HttpError(400, 'Only userName eq "value" is supported', 'invalidFilter');
  return JSON.parse(match[1]);
}
