import type { NextFunction, Request, Response } from 'express';
import { SCIM_CONTENT_TYPE } from '@app/http';

/** Set before the handler runs so res.json keeps it (Express only sets a type when none is set). */
export function scimContentTypeMiddleware(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Content-Type', SCIM_CONTENT_TYPE);
  next();
}
