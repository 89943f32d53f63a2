import { ScimError } from '@app/scim-core';
import { parseAttrPath } from './attr-path.parser';
import { type AttrPath, COMPARE_OPS, type CompareOp, type CompValue, type ScimFilter } from './filter.ast';
import { MAX_FILTER_DEPTH, MAX_FILTER_LENGTH, MAX_FILTER_NODES } from './filter.limits';
import { describeToken, type FailFn, type Token, tokenize } from './filter.tokenizer';

/** JSON number (RFC 8259 §6): no leading '+', no leading zeros, no bare '.'. */
const JSON_NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;
const COMPARE_OP_SET: ReadonlySet<string> = new Set(COMPARE_OPS);
const OPERATOR_LIST = `${COMPARE_OPS.join(', ')} and pr`;

/**
 * Recursive-descent parser for RFC 7644 §3.4.2.2 Figure 1, with `and` binding tighter than `or` and both
 * left-associative. One token of lookahead (two for `not (`) and no backtracking keep it linear; recursion only
 * happens on `(`, `not (` and `[`, which the depth limit caps.
 */
export class FilterParser {
  private index = 0;
  private depth = 0;
  private nodes = 0;

  constructor(
    private readonly tokens: readonly Token[],
    readonly fail: FailFn,
    private readonly subject: string,
  ) {}

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)];
  }

  next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  describe(token: Token): string {
    return describeToken(token, this.subject);
  }

  /** `FILTER` (or `valFilter` inside brackets, which may not contain another value path). */
  parseOr(inValuePath: boolean): ScimFilter {
    let left = this.parseAnd(inValuePath);
    while (isKeyword(this.peek(), 'or')) {
      this.next();
      const right = this.parseAnd(inValuePath);
      left = this.node({ kind: 'or', left, right });
    }
    return left;
  }

  /** `attrPath "[" valFilter "]"`, starting at the '['; also used for PATCH paths (RFC 7644 §3.5.2). */
  parseBracketFilter(): ScimFilter {
    const open = this.next();
    this.enter(open.pos);
    const filter = this.parseOr(true);
    this.expectClose(']', open);
    this.depth -= 1;
    return filter;
  }

  private parseAnd(inValuePath: boolean): ScimFilter {
    let left = this.parseUnary(inValuePath);
    while (isKeyword(this.peek(), 'and')) {
      this.next();
      const right = this.parseUnary(inValuePath);
      left = this.node({ kind: 'and', left, right });
    }
    return left;
  }

  private parseUnary(inValuePath: boolean): ScimFilter {
    const token = this.peek();
    if (token.kind === '(') return this.parseGroup(inValuePath);
    // `*1"not" "(" FILTER ")"`: `not` is the operator only when a '(' follows; otherwise it is an attribute name.
    if (isKeyword(token, 'not') && this.peek(1).kind === '(') {
      this.next();
      return this.node({ kind: 'not', filter: this.parseGroup(inValuePath) });
    }
    return this.parseAttrExpression(inValuePath);
  }

  private parseGroup(inValuePath: boolean): ScimFilter {
    const open = this.next();
    this.enter(open.pos);
    const filter = this.parseOr(inValuePath);
    this.expectClose(')', open);
    this.depth -= 1;
    return filter;
  }

  private parseAttrExpression(inValuePath: boolean): ScimFilter {
    const pathToken = this.peek();
    const path = this.parsePath();
    const after = this.peek();
    if (after.kind === '[') {
      if (inValuePath) {
        throw this.fail(
          `Value filters cannot be nested (RFC 7644 §3.4.2.2 valFilter): "[" at position ${after.pos}`,
        );
      }
      return this.node({ kind: 'valuePath', path, filter: this.parseBracketFilter() });
    }
    if (isKeyword(after, 'pr')) {
      this.next();
      return this.node({ kind: 'present', path });
    }
    const op = this.parseCompareOp(pathToken);
    return this.node({ kind: 'compare', path, op, value: this.parseCompValue() });
  }

  /** Reads one attribute path word; shared by filters and PATCH paths. */
  parsePath(): AttrPath {
    const token = this.next();
    if (token.kind !== 'word') {
      const hint = token.kind === 'string' ? '; attribute names are not quoted' : '';
      throw this.fail(
        `Expected an attribute path at position ${token.pos}, found ${this.describe(token)}${hint}`,
      );
    }
    const result = parseAttrPath(token.text);
    if ('reason' in result) {
      throw this.fail(
        `Invalid attribute path ${this.describe(token)} at position ${token.pos}: ${result.reason}`,
      );
    }
    return result.path;
  }

  private parseCompareOp(pathToken: Token): CompareOp {
    const token = this.next();
    const op = token.kind === 'word' ? token.text.toLowerCase() : '';
    if (isCompareOp(op)) return op;
    if (isKeyword(pathToken, 'not')) {
      throw this.fail(`Expected "(" after "not" at position ${token.pos}, found ${this.describe(token)}`);
    }
    throw this.fail(
      `Expected a comparison operator at position ${token.pos}, found ${this.describe(token)}; operators are ${OPERATOR_LIST}`,
    );
  }

  /** `compValue = false / null / true / number / string`; the keywords are accepted in any letter case. */
  private parseCompValue(): CompValue {
    const token = this.next();
    if (token.kind === 'string') return token.value;
    const word = token.kind === 'word' ? token.text.toLowerCase() : '';
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    if (JSON_NUMBER.test(word)) {
      const value = Number(word);
      if (Number.isFinite(value)) return value;
      throw this.fail(`Number ${this.describe(token)} at position ${token.pos} is out of range`);
    }
    const hint = word.startsWith("'") ? '; strings must be in double quotes' : '';
    throw this.fail(
      `Expected a value (a JSON string, number, true, false or null) at position ${token.pos}, found ${this.describe(token)}${hint}`,
    );
  }

  private expectClose(kind: ')' | ']', open: Token): void {
    const token = this.next();
    if (token.kind === kind) return;
    throw this.fail(
      `Expected "and", "or" or "${kind}" at position ${token.pos} (to close the "${open.text}" at position ${open.pos}), found ${this.describe(token)}`,
    );
  }

  private enter(pos: number): void {
    this.depth += 1;
    if (this.depth > MAX_FILTER_DEPTH) {
      throw this.fail(`Filter nests deeper than ${MAX_FILTER_DEPTH} levels at position ${pos}`);
    }
  }

  private node<T extends ScimFilter>(node: T): T {
    this.nodes += 1;
    if (this.nodes > MAX_FILTER_NODES) {
      throw this.fail(`Filter has more than ${MAX_FILTER_NODES} expressions`);
    }
    return node;
  }
}

export function isKeyword(token: Token, keyword: string): boolean {
  return token.kind === 'word' && token.text.toLowerCase() === keyword;
}

function isCompareOp(text: string): text is CompareOp {
  return COMPARE_OP_SET.has(text);
}

/** Parses a `filter` query parameter or `/.search` filter (RFC 7644 §3.4.2.2, §3.4.3). */
export function parseFilter(text: string): ScimFilter {
  const fail: FailFn = (detail) => ScimError.invalidFilter(detail);
  if (text.length > MAX_FILTER_LENGTH) {
    throw fail(`Filter is ${text.length} characters long; the maximum is ${MAX_FILTER_LENGTH}`);
  }
  const parser = new FilterParser(tokenize(text, fail), fail, 'filter');
  const filter = parser.parseOr(false);
  const rest = parser.next();
  if (rest.kind !== 'end') {
    throw fail(
      `Expected "and", "or" or end of filter at position ${rest.pos}, found ${parser.describe(rest)}`,
    );
  }
  return filter;
}
