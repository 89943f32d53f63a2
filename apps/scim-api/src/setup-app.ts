import type { NestExpressApplication } from '@nestjs/platform-express';
import { json } from 'express';
import { AppConfig } from '@app/config';
import { APP_LOGGER, createRequestObserver, ServiceMetrics, type AppLogger } from '@app/observability';
import { createBodyErrorHandler } from './http/body-error.handler';
import { MAX_JSON_DEPTH, rejectDeepJson } from './http/json-depth';
import { scimContentTypeMiddleware } from './http/scim-content-type.middleware';
import { securityHeaders } from './http/security-headers.middleware';
import { requestIdMiddleware, SCIM_PREFIX } from '@app/http';

/**
 * What main.ts and the e2e tests both apply to the Nest application, so tests exercise the real HTTP setup.
 * Express's JSON parser ignores `application/scim+json` unless told (stack-notes P7); RFC 7644 §3.1 makes it the
 * SCIM media type, and Entra sends `application/json` too, so both are parsed. The body is capped at MAX_BODY_BYTES
 * (413) and its nesting depth checked on the raw bytes before JSON.parse (400).
 */
export function setupScimApi(app: NestExpressApplication): NestExpressApplication {
  const config = app.get(AppConfig);
  app.disable('x-powered-by');
  // Only a SCIM resource's own version is an ETag (RFC 7644 §3.14); Express's body hashes would mislead clients.
  app.set('etag', false);
  app.use(requestIdMiddleware);
  app.use(createRequestObserver(app.get<symbol, AppLogger>(APP_LOGGER), app.get(ServiceMetrics)));
  app.use(...securityHeaders());
  app.use(SCIM_PREFIX, scimContentTypeMiddleware);
  // express.json directly rather than useBodyParser, whose options type reserves `verify` for Nest's rawBody.
  app.use(
    json({
      type: ['application/json', 'application/scim+json'],
      limit: config.MAX_BODY_BYTES,
      verify: rejectDeepJson(MAX_JSON_DEPTH),
    }),
  );
  app.use(createBodyErrorHandler(config.MAX_BODY_BYTES));
  return app;
}
