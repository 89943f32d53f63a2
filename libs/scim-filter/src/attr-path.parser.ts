import { type AttrPath } from './filter.ast';

/** `ATTRNAME = ALPHA *(nameChar)`, `nameChar = "-" / "_" / DIGIT / ALPHA` (RFC 7644 §3.4.2.2, RFC 7643 §2.1). */
export const ATTR_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** Scheme, ':' and RFC 3986 characters: loose enough for any schema URN, strict enough to reject stray symbols. */
const SCHEMA_URI = /^[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]+$/;

export type AttrPathResult = { readonly path: AttrPath } | { readonly reason: string };

/**
 * Reads `attrPath = [URI ":"] ATTRNAME *1subAttr` from one word. The URI ends at the LAST ':' because schema URNs
 * contain dots (`…:2.0:User:manager.value`), so the sub-attribute is split off only after the URI is removed.
 */
export function parseAttrPath(word: string): AttrPathResult {
  const lastColon = word.lastIndexOf(':');
  const uri = lastColon < 0 ? undefined : word.slice(0, lastColon);
  if (uri !== undefined && !SCHEMA_URI.test(uri)) {
    return { reason: 'the schema URI before the attribute name is not a valid URI' };
  }
  const parts = word.slice(lastColon + 1).split('.');
  if (!parts.every((part) => ATTR_NAME.test(part))) {
    return { reason: "attribute names start with a letter and contain only letters, digits, '-' and '_'" };
  }
  if (parts.length > 2) {
    return { reason: 'at most one sub-attribute is allowed (RFC 7644 §3.10)' };
  }
  const [name, ...rest] = parts;
  const subAttr = rest.at(0);
  return {
    path: { ...(uri === undefined ? {} : { uri }), name, ...(subAttr === undefined ? {} : { subAttr }) },
  };
}

/** Whether `text` is a URI usable as a schema URI in a path (used to recognise a bare extension URN). */
export function isSchemaUri(text: string): boolean {
  return SCHEMA_URI.test(text);
}
