import { type ScimError } from '@app/scim-core';

type Punctuation = '(' | ')' | '[' | ']';

/**
 * Splits filter or PATCH path text into tokens in one left-to-right pass (RFC 7644 §3.4.2.2, §3.5.2).
 * Attribute paths, operators, keywords and numbers are all "words" (maximal runs of characters that are not
 * whitespace, brackets, parentheses or quotes); the parser decides what a word means from its position, which
 * lets an attribute literally named `not` or `and` still parse.
 */
export type Token =
  | { readonly kind: Punctuation | 'word' | 'end'; readonly text: string; readonly pos: number }
  | { readonly kind: 'string'; readonly text: string; readonly pos: number; readonly value: string };

export type FailFn = (detail: string) => ScimError;

const PUNCTUATION: ReadonlySet<string> = new Set<Punctuation>(['(', ')', '[', ']']);
const WHITESPACE = new Set([' ', '\t', '\r', '\n']);
const SIMPLE_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['\\', '\\'],
  ['/', '/'],
  ['b', '\b'],
  ['f', '\f'],
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
]);
const HEX4 = /^[0-9a-fA-F]{4}$/;

export function tokenize(text: string, fail: FailFn): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < text.length) {
    const ch = text[pos];
    if (WHITESPACE.has(ch)) {
      pos += 1;
    } else if (isPunctuation(ch)) {
      tokens.push({ kind: ch, text: ch, pos });
      pos += 1;
    } else if (ch === '"') {
      const token = readString(text, pos, fail);
      tokens.push(token);
      pos += token.text.length;
    } else {
      const end = wordEnd(text, pos);
      tokens.push({ kind: 'word', text: text.slice(pos, end), pos });
      pos = end;
    }
  }
  tokens.push({ kind: 'end', text: '', pos: text.length });
  return tokens;
}

function isPunctuation(ch: string): ch is Punctuation {
  return PUNCTUATION.has(ch);
}

function wordEnd(text: string, start: number): number {
  let end = start;
  while (
    end < text.length &&
    !WHITESPACE.has(text[end]) &&
    !PUNCTUATION.has(text[end]) &&
    text[end] !== '"'
  ) {
    end += 1;
  }
  return end;
}

/** A JSON string (RFC 8259 §7): the escapes it allows and nothing else, control characters must be escaped. */
function readString(text: string, start: number, fail: FailFn): Token {
  const chunks: string[] = [];
  let pos = start + 1;
  while (pos < text.length) {
    const ch = text[pos];
    if (ch === '"') {
      return { kind: 'string', text: text.slice(start, pos + 1), pos: start, value: chunks.join('') };
    }
    if (ch === '\\') {
      const [decoded, length] = readEscape(text, pos, fail);
      chunks.push(decoded);
      pos += length;
    } else if (ch.charCodeAt(0) < 0x20) {
      throw fail(`Unescaped control character in string at position ${pos}; use a JSON escape such as \\n`);
    } else {
      chunks.push(ch);
      pos += 1;
    }
  }
  throw fail(`Unterminated string starting at position ${start}; expected a closing '"'`);
}

function readEscape(text: string, pos: number, fail: FailFn): [string, number] {
  const code = text[pos + 1] ?? '';
  const simple = SIMPLE_ESCAPES.get(code);
  if (simple !== undefined) return [simple, 2];
  if (code === 'u') {
    const hex = text.slice(pos + 2, pos + 6);
    if (HEX4.test(hex)) return [String.fromCharCode(parseInt(hex, 16)), 6];
    throw fail(`Invalid unicode escape at position ${pos}; expected \\u followed by 4 hex digits`);
  }
  throw fail(
    `Invalid escape "\\${code}" in string at position ${pos}; JSON escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX`,
  );
}

/** How a token is named in an error detail: quoted and shortened, so a hostile filter is not echoed in full. */
export function describeToken(token: Token, subject: string): string {
  if (token.kind === 'end') return `end of ${subject}`;
  const shown = token.text.length > 40 ? `${token.text.slice(0, 40)}…` : token.text;
  return JSON.stringify(shown);
}
