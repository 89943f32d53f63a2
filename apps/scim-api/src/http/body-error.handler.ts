import type { NextFunction, Request, Response } from 'express';
import { ScimError } from '@app/scim-core';
import { isScimRequest, SCIM_CONTENT_TYPE } from './scim-paths';

interface BodyParserError {
  type?: string;
  status?: number;
}

/**
 * body-parser fails before Nest routes the request, so its errors never reach the exception filter: this Express
 * error handler answers them in the API's own format instead of Express's HTML page.
 */
export function bodyErrorHandler(error: unknown, req: Request, res: Response, next: NextFunction): void {
  const { type, status } = (error ?? {}) as BodyParserError;
  let scimError: ScimError;
  if (type === 'entity.parse.failed') {
    scimError = ScimError.invalidSyntax('The request body is not valid JSON');
  } else if (type === 'entity.too.large') {
    scimError = new ScimError(413, undefined, 'The request body is larger than the service accepts (1 MiB)');
  } else if (type !== undefined && status !== undefined && status >= 400 && status < 500) {
    scimError = new ScimError(status, undefined, 'The request body could not be read');
  } else {
    next(error);
    return;
  }
  if (isScimRequest(req)) {
    res.status(scimError.status).type(SCIM_CONTENT_TYPE).send(JSON.stringify(scimError.toBody()));
  } else {
    res.status(scimError.status).json({ statusCode: scimError.status, message: scimError.detail });
  }
}
