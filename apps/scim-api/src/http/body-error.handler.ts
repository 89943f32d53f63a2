import type { ErrorRequestHandler, Request, Response } from 'express';
import { ScimError } from '@app/scim-core';
import { UnreadableBody } from '@app/scim-users';
import { isScimRequest, SCIM_CONTENT_TYPE } from '@app/http';

interface BodyParserError {
  type?: string;
  status?: number;
  maxDepth?: number;
}

/**
 * body-parser fails before Nest routes the request, so its errors never reach the exception filter: this Express
 * error handler answers them in the API's own format instead of Express's HTML page (RFC 7644 §3.12: 413 for a
 * body over the limit, invalidSyntax for JSON that cannot be parsed or nests too deep).
 */
export function createBodyErrorHandler(maxBytes: number): ErrorRequestHandler {
  return (error: unknown, req: Request, res: Response, next): void => {
    const scimError = toBodyError(asBodyParserError(error), maxBytes);
    if (scimError === undefined) {
      next(error);
      return;
    }
    if (isUserWrite(req)) {
      // Refused later, after authentication and inside the audit (see UnreadableBody).
      req.body = new UnreadableBody(scimError);
      next();
      return;
    }
    send(req, res, scimError);
  };
}

/** POST /Users, PUT and PATCH /Users/{id}: the writes the provisioning audit records. */
const USER_WRITE = /^\/api\/scim\/Users(\/[^/.][^/]*)?\/?$/;

function isUserWrite(req: Request): boolean {
  const method = req.method.toUpperCase();
  return (method === 'POST' || method === 'PUT' || method === 'PATCH') && USER_WRITE.test(req.path);
}

function asBodyParserError(error: unknown): BodyParserError {
  return typeof error === 'object' && error !== null ? error : {};
}

function toBodyError({ type, status, maxDepth }: BodyParserError, maxBytes: number): ScimError | undefined {
  switch (type ?? '') {
    case 'entity.parse.failed':
      return ScimError.invalidSyntax('The request body is not valid JSON');
    case 'entity.too.large':
      return new ScimError(
        413,
        undefined,
        `The request body is larger than the service accepts (${maxBytes} bytes)`,
      );
    case 'entity.too.deep':
      return ScimError.invalidSyntax(
        `The request body nests JSON deeper than ${maxDepth ?? 'the allowed'} levels`,
      );
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new ScimError(415, undefined, 'The request body charset or content encoding is not supported');
    default:
      // Anything else body-parser reports as a client error (a corrupt gzip stream, an aborted upload): the message
      // is zlib's or Node's, so it is not echoed.
      if (status !== undefined && status >= 400 && status < 500) {
        return new ScimError(status, undefined, 'The request body could not be read');
      }
      return undefined;
  }
}

function send(req: Request, res: Response, error: ScimError): void {
  if (isScimRequest(req)) {
    res.status(error.status).type(SCIM_CONTENT_TYPE).send(JSON.stringify(error.toBody()));
  } else {
    res.status(error.status).json({ statusCode: error.status, message: error.detail });
  }
}
