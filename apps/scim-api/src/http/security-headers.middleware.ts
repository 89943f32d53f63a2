import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * helmet's defaults (nosniff, frame denial, HSTS, no referrer, same-origin resource policy, …) on every response.
 * The API answers JSON only, so its CSP allows nothing at all; the /settings page sets its own policy, as it
 * knows what it loads. No CORS middleware is installed: no Access-Control-Allow-* header is ever sent, so browsers
 * cannot call the SCIM or settings API from another origin.
 */
export function securityHeaders(): RequestHandler[] {
  const base = helmet({ contentSecurityPolicy: false });
  const apiPolicy = helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  });
  const apiOnly = (req: Request, res: Response, next: NextFunction): void => {
    if (req.path.startsWith('/settings')) {
      next();
      return;
    }
    // SCIM responses carry personal data: no shared or browser cache may keep them.
    res.setHeader('Cache-Control', 'no-store');
    apiPolicy(req, res, next);
  };
  return [base, apiOnly];
}
