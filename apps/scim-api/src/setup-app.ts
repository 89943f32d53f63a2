import type { NestExpressApplication } from '@nestjs/platform-express';
import { bodyErrorHandler } from './http/body-error.handler';
import { requestIdMiddleware } from './http/request-id.middleware';
import { scimContentTypeMiddleware } from './http/scim-content-type.middleware';
import { SCIM_PREFIX } from './http/scim-paths';

export const MAX_BODY = '1mb';

/**
 * What main.ts and the e2e tests both apply to the Nest application, so tests exercise the real HTTP setup.
 * Express's JSON parser ignores `application/scim+json` unless told (stack-notes P7); RFC 7644 §3.1 makes it the
 * SCIM media type, and Entra sends `application/json` too, so both are parsed.
 */
export function setupScimApi(app: NestExpressApplication): NestExpressApplication {
  app.disable('x-powered-by');
  // Only a SCIM resource's own version is an ETag (RFC 7644 §3.14); Express's body hashes would mislead clients.
  app.set('etag', false);
  app.use(requestIdMiddleware);
  app.use(SCIM_PREFIX, scimContentTypeMiddleware);
  app.useBodyParser('json', { type: ['application/json', 'application/scim+json'], limit: MAX_BODY });
  app.use(bodyErrorHandler);
  app.enableShutdownHooks();
  return app;
}
