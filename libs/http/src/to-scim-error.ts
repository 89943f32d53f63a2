import { BadRequestException, HttpException } from '@nestjs/common';
import { ScimError } from '@app/scim-core';

/**
 * Failures of the database rather than of the request: 503, so the IdP retries later (Entra escrows and retries,
 * idp-behaviour §1) instead of recording a permanent failure. PostgreSQL SQLSTATEs: connection exceptions (08xxx),
 * shutdown (57P01-3), statement timeout (57014), lock timeout (55P03), no connection slots or resources (53xxx),
 * transaction conflicts (40001, 40P01) and the idle-in-transaction timeout (25P03).
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '57014',
  '55P03',
  '53000',
  '53100',
  '53200',
  '53300',
  '40001',
  '40P01',
  '25P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

/** node-postgres and pg-pool report these as plain Errors without a code. */
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Connection refused|connect ECONNREFUSED|Query read timeout|not queryable|Cannot use a pool after calling end/i;

/**
 * A value the validators let through but PostgreSQL cannot store (a NUL character, an over-long index key): the
 * request is at fault, so 400, never 500. The validators should refuse these first; this is the backstop.
 */
const UNSTORABLE_VALUE_CODES = new Set(['22001', '22021', '22P05', '54000']);

/** Every failure as a ScimError (status, scimType, detail); the settings API reuses status and detail. */
export function toScimError(exception: unknown, api: 'scim' | 'settings'): ScimError {
  if (exception instanceof ScimError) return exception;
  if (exception instanceof BadRequestException) return fromBadRequest(exception, api);
  if (exception instanceof HttpException)
    return new ScimError(exception.getStatus(), undefined, messageOf(exception));
  if (isDatabaseUnavailable(exception)) {
    return new ScimError(503, undefined, 'The service is temporarily unavailable; retry later');
  }
  if (UNSTORABLE_VALUE_CODES.has(databaseCodeOf(exception) ?? '')) {
    return new ScimError(
      400,
      api === 'scim' ? 'invalidValue' : undefined,
      'A value in the request cannot be stored',
    );
  }
  return new ScimError(500, undefined, 'Internal server error');
}

/** class-validator's list of messages, or body-parser's malformed JSON (RFC 7644 §3.12: invalidSyntax). */
function fromBadRequest(exception: BadRequestException, api: 'scim' | 'settings'): ScimError {
  const detail = messageOf(exception);
  if (api === 'settings') return new ScimError(400, undefined, detail);
  return new ScimError(400, 'invalidValue', detail);
}

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.map(String).join('; ');
  return typeof message === 'string' ? message : exception.message;
}

/**
 * Duck-typed rather than `instanceof Error`: socket errors come from Node's own realm, which is not the realm of
 * this code under jest, and a driver may reject with a plain object.
 */
function isDatabaseUnavailable(exception: unknown): boolean {
  const code = databaseCodeOf(exception);
  if (code !== undefined && UNAVAILABLE_CODES.has(code)) return true;
  const message = fieldOf(exception, 'message');
  return typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message);
}

/** The SQLSTATE or socket error code, on the error itself or on TypeORM's wrapped driver error. */
function databaseCodeOf(exception: unknown): string | undefined {
  const found = fieldOf(exception, 'code') ?? fieldOf(fieldOf(exception, 'driverError'), 'code');
  return typeof found === 'string' ? found : undefined;
}

function fieldOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}
