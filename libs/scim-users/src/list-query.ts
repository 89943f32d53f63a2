/** The list parameters of RFC 7644 §3.4.2 after validation of their types. */
export interface ScimListQuery {
  filter?: string;
  startIndex?: number;
  count?: number;
  attributes?: string;
  excludedAttributes?: string;
}

/** The page size advertised in ServiceProviderConfig (filter.maxResults) and the default when count is absent. */
export const MAX_RESULTS = 200;
export const DEFAULT_COUNT = 100;

/**
 * RFC 7644 §3.4.2.4: a startIndex below 1 is interpreted as 1, a negative count as 0, and a count above the
 * maximum is clamped (the response's itemsPerPage tells the client what it got).
 */
export function normalisePage(query: ScimListQuery): { startIndex: number; count: number } {
  const startIndex = query.startIndex === undefined || query.startIndex < 1 ? 1 : query.startIndex;
  const requested = query.count ?? DEFAULT_COUNT;
  const count = Math.min(Math.max(requested, 0), MAX_RESULTS);
  return { startIndex, count };
}

/** Comma-separated attribute lists (RFC 7644 §3.4.2.5). */
export function splitAttributeList(list: string | undefined): string[] | undefined {
  if (list === undefined) return undefined;
  const names = list
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return names.length === 0 ? undefined : names;
}
