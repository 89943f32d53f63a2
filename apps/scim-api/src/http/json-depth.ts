import type { IncomingMessage } from 'node:http';

/**
 * Deepest JSON nesting accepted. A SCIM User is at most four levels deep (PATCH value → enterprise extension →
 * manager → value); 32 leaves room for any client and stops a `[[[[…` body before JSON.parse and the validators
 * recurse through it.
 */
export const MAX_JSON_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

/**
 * One pass over the raw UTF-8 bytes, stopping at the first level past `maxDepth`. Only brackets outside strings
 * count; UTF-8 continuation bytes are never ASCII, so multi-byte characters cannot be mistaken for brackets. It does
 * not validate: malformed JSON is JSON.parse's to refuse.
 */
export function exceedsJsonDepth(bytes: Uint8Array, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      if (++depth > maxDepth) return true;
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}

/** Thrown from body-parser's `verify` hook; body-parser keeps `type` and `status`, the body error handler reads them. */
export class JsonTooDeepError extends Error {
  readonly type = 'entity.too.deep';
  readonly status = 400;

  constructor(readonly maxDepth: number) {
    super(`JSON nested deeper than ${maxDepth} levels`);
  }
}

class UnsupportedCharsetError extends Error {
  readonly type = 'charset.unsupported';
  readonly status = 415;
}

/** body-parser `verify` hook: runs on the raw body before it is decoded and parsed. */
export function rejectDeepJson(maxDepth: number) {
  return (_req: IncomingMessage, _res: unknown, body: Buffer, encoding: string | null): void => {
    if (exceedsJsonDepth(utf8Of(body, encoding), maxDepth)) throw new JsonTooDeepError(maxDepth);
  };
}

/** JSON may be UTF-16 too (RFC 8259 §8.1 says UTF-8, body-parser accepts any utf-*): scan those re-encoded. */
function utf8Of(body: Buffer, encoding: string | null): Uint8Array {
  const charset = (encoding ?? 'utf-8').toLowerCase();
  if (charset === 'utf-8' || charset === 'utf8') return body;
  try {
    return Buffer.from(new TextDecoder(charset).decode(body), 'utf8');
  } catch {
    throw new UnsupportedCharsetError(`Unsupported charset ${charset}`);
  }
}
