import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { AppLogger } from './logger';
import type { ServiceMetrics } from './service.metrics';

/** nginx's code for a client that went away before the response was complete. */
const CLIENT_CLOSED = 499;

interface RequestLine {
  reqId?: string;
  orgId?: string;
  tokenId?: string;
  method: string;
  route: string;
  status: number;
  latencyMs: number;
  aborted?: true;
}

/**
 * One log line and one metrics observation per request, when the response is finished (or the client gave up).
 * Only what operations need: request id, organization and token ids, method, route pattern, status, latency. Never
 * headers, bodies, query strings or the raw path, which carry credentials and personal data (userNames in filters).
 * Mount it first, so the latency covers body parsing and the errors answered before Nest routes.
 */
export function createRequestObserver(logger: AppLogger, metrics: ServiceMetrics): RequestHandler {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    let recorded = false;
    const record = (aborted: boolean): void => {
      if (recorded) return;
      recorded = true;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const line = describe(req, aborted ? CLIENT_CLOSED : res.statusCode, seconds, aborted);
      metrics.observeRequest(line.method, line.route, line.status, seconds);
      logger.info(line, 'request');
    };
    res.once('finish', () => record(false));
    res.once('close', () => record(!res.writableFinished));
    next();
  };
}

function describe(req: Request, status: number, seconds: number, aborted: boolean): RequestLine {
  const { orgId, tokenId } = callerOf(req);
  return {
    reqId: stringField(req, 'id'),
    ...(orgId === undefined ? {} : { orgId }),
    ...(tokenId === undefined ? {} : { tokenId }),
    method: req.method,
    route: routeOf(req),
    status,
    latencyMs: Math.round(seconds * 10_000) / 10,
    ...(aborted ? { aborted: true as const } : {}),
  };
}

/** Express sets `req.route` for a matched route; everything else (404s, body errors) is one `unmatched` series. */
export function routeOf(req: Request): string {
  const route: unknown = req.route;
  if (typeof route !== 'object' || route === null) return 'unmatched';
  const path: unknown = (route as { path?: unknown }).path;
  return typeof path === 'string' ? `${req.baseUrl}${path}` : 'unmatched';
}

/** The principal the credential guard put on the request, read without depending on the tokens library. */
function callerOf(req: Request): { orgId?: string; tokenId?: string } {
  const user: unknown = (req as { user?: unknown }).user;
  if (typeof user !== 'object' || user === null) return {};
  return { orgId: stringField(user, 'orgId'), tokenId: stringField(user, 'tokenId') };
}

function stringField(value: object, key: string): string | undefined {
  const field: unknown = (value as Record<string, unknown>)[key];
  return typeof field === 'string' ? field : undefined;
}
