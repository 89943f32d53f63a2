import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { ScimError } from '@app/scim-core';
import { isScimRequest, SCIM_CONTENT_TYPE } from './scim-paths';
import type { RequestWithId } from './request-id.middleware';
import { toScimError } from './to-scim-error';

/** RFC 9110 §10.2.3: when to try again after a 503 (the database is down or overloaded). */
const RETRY_UNAVAILABLE_SECONDS = '5';

/**
 * The one exception filter of both listeners. Under /api/scim every error is an RFC 7644 §3.12 body; the settings
 * API and the internal admin API answer `{ statusCode, message }`. Unknown errors are a generic 500, logged with the request id,
 * never with a stack trace or SQL in the body. 401 carries `WWW-Authenticate: Bearer` (RFC 6750 §3).
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<RequestWithId>();
    const res = http.getResponse<Response>();
    if (res.headersSent) return;
    const scim = isScimRequest(req);
    const error = toScimError(exception, scim ? 'scim' : 'settings');
    if (error.status >= 500) this.logUnexpected(exception, req);
    if (error.status === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="scim"');
    if (error.status === 503) res.setHeader('Retry-After', RETRY_UNAVAILABLE_SECONDS);
    if (scim) {
      res.status(error.status).type(SCIM_CONTENT_TYPE).send(JSON.stringify(error.toBody()));
      return;
    }
    res.status(error.status).json({ statusCode: error.status, message: error.detail });
  }

  private logUnexpected(exception: unknown, req: RequestWithId): void {
    if (exception instanceof ScimError || exception instanceof HttpException) return;
    const detail = exception instanceof Error ? (exception.stack ?? exception.message) : String(exception);
    this.logger.error(`request ${req.id ?? '-'} ${req.method} ${req.path} failed: ${detail}`);
  }
}
