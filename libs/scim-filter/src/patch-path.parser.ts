import { ScimError } from '@app/scim-core';
import { ATTR_NAME, isSchemaUri } from './attr-path.parser';
import { type ScimPatchPath } from './filter.ast';
import { MAX_FILTER_LENGTH } from './filter.limits';
import { FilterParser } from './filter.parser';
import { type FailFn, type Token, tokenize } from './filter.tokenizer';

export interface PatchPathOptions {
  /**
   * Schema URIs the server knows (core and extensions). When given, a path equal to one of them (ignoring case)
   * addresses that whole extension object. When omitted, the RFC 7643 naming convention decides instead.
   */
  readonly schemaUris?: readonly string[];
}

/** The segment before the resource type in RFC 7643 schema URNs: `…:enterprise:2.0:User`. */
const VERSION_SEGMENT = /^[0-9]+(\.[0-9]+)*$/;

/**
 * Parses a PATCH operation's `path` (RFC 7644 §3.5.2): `PATH = attrPath / valuePath [subAttr]`, e.g.
 * `emails[type eq "work"].value`, plus a bare schema URN addressing a whole extension object (replacing the
 * enterprise extension as one value). Every syntax error is a 400 `invalidPath` (RFC 7644 §3.12).
 */
export function parsePatchPath(text: string, options: PatchPathOptions = {}): ScimPatchPath {
  const fail: FailFn = (detail) => ScimError.invalidPath(detail);
  if (text.length > MAX_FILTER_LENGTH) {
    throw fail(`Path is ${text.length} characters long; the maximum is ${MAX_FILTER_LENGTH}`);
  }
  const tokens = tokenize(text, fail);
  const [first] = tokens;
  // One word and the end token: the whole path is a candidate schema URN.
  if (tokens.length === 2 && first.kind === 'word' && isWholeSchemaUri(first.text, options)) {
    return { path: { uri: first.text, name: '' } };
  }
  const parser = new FilterParser(tokens, fail, 'path');
  const path = parser.parsePath();
  if (parser.peek().kind !== '[') {
    expectEnd(parser, 'end of path');
    return { path };
  }
  const filter = parser.parseBracketFilter();
  const subAttr = readTrailingSubAttr(parser, text);
  expectEnd(parser, subAttr === undefined ? '".subAttribute" or end of path' : 'end of path');
  return { path, filter, ...(subAttr === undefined ? {} : { subAttr }) };
}

function isWholeSchemaUri(word: string, options: PatchPathOptions): boolean {
  if (options.schemaUris !== undefined) {
    const lower = word.toLowerCase();
    return options.schemaUris.some((uri) => uri.toLowerCase() === lower);
  }
  const segments = word.split(':');
  return isSchemaUri(word) && segments.length >= 3 && VERSION_SEGMENT.test(segments[segments.length - 2]);
}

/** `valuePath [subAttr]`: the `.value` in `emails[type eq "work"].value`, written directly after the ']'. */
function readTrailingSubAttr(parser: FilterParser, text: string): string | undefined {
  const token = parser.peek();
  if (token.kind !== 'word' || !token.text.startsWith('.') || text[token.pos - 1] !== ']') return undefined;
  const name = token.text.slice(1);
  if (!ATTR_NAME.test(name)) {
    throw parser.fail(
      `Invalid sub-attribute ${parser.describe(token)} at position ${token.pos}: expected "." and one attribute name`,
    );
  }
  parser.next();
  return name;
}

function expectEnd(parser: FilterParser, expected: string): void {
  const token: Token = parser.next();
  if (token.kind !== 'end') {
    throw parser.fail(`Expected ${expected} at position ${token.pos}, found ${parser.describe(token)}`);
  }
}
