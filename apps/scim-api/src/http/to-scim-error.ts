import { BadRequestException, HttpException } from '@nestjs/common';
import { ScimError } from '@app/scim-core';

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P03',
  '08006',
  '08001',
]);

/** Every failure as a ScimError (status, scimType, detail); the settings API reuses status and detail. */
export function toScimError(exception: unknown, api: 'scim' | 'settings'): ScimError {
  if (exception instanceof ScimError) return exception;
  if (exception instanceof BadRequestException) return fromBadRequest(exception, api);
  if (exception instanceof HttpException)
    return new ScimError(exception.getStatus(), undefined, messageOf(exception));
  if (isDatabaseUnavailable(exception)) {
    return new ScimError(503, undefined, 'The service is temporarily unavailable; retry later');
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

function isDatabaseUnavailable(exception: unknown): boolean {
  if (!(exception instanceof Error)) return false;
  const code =
    (exception as { code?: unknown; driverError?: { code?: unknown } }).code ??
    (exception as { driverError?: { code?: unknown } }).driverError?.code;
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
  return /Connection terminated|timeout exceeded when trying to connect|Connection refused|connect ECONNREFUSED/i.test(
    exception.message,
  );
}
