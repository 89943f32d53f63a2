/**
 * A tenant id that has been established by authentication or by an organization lookup. Every repository method
 * takes one first, so a query without a tenant does not compile (novu's EnforceEnvOrOrgIds idea).
 */
export type OrgId = string & { readonly __brand: 'OrgId' };

/** Only for ids that came from a verified credential or a row already scoped to that organization. */
export function asOrgId(id: string): OrgId {
  return id as OrgId;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids in paths are client input: anything that is not a uuid can match no row, so callers answer 404 early. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
