import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export type RequestWithId = Request & { id?: string };

/** Accepts a caller's X-Request-Id when it is safe to log, otherwise makes one; echoes it on the response. */
export function requestIdMiddleware(req: RequestWithId, res: Response, next: NextFunction): void {
  const offered = req.header('x-request-id');
  req.id = offered !== undefined && SAFE_REQUEST_ID.test(offered) ? offered : randomUUID();
  res.setHeader('X-Request-Id', req.id);
  next();
}
