import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';
import { ServiceMetrics } from '@app/observability';
import { RateLimiter } from '@app/rate-limit';
import { ScimError } from '@app/scim-core';
import type { Principal } from '@app/tokens';
import { isDeprovisioning } from './deprovisioning';

/**
 * Per-organization token bucket on the SCIM API. An interceptor, so it runs after the credential guard has put the
 * organization on the request; the settings API (session principals) is not limited. Past the limit: 429 with
 * Retry-After in seconds and a SCIM error body (RFC 7644 §3.12 lists 429 without a scimType).
 */
@Injectable()
export class ScimRateLimitInterceptor implements NestInterceptor {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly metrics: ServiceMetrics,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = context.switchToHttp().getRequest<Request & { user?: Principal }>();
    const principal = req.user;
    if (!this.limiter.enabled || principal?.kind !== 'scim-token' || isDeprovisioning(req.method, req.body)) {
      return next.handle();
    }
    const outcome = await this.limiter.consume(`org:${principal.orgId}`);
    if (outcome.failedOpen) this.metrics.rateLimitFailOpen.inc();
    if (!outcome.allowed) {
      this.metrics.rateLimitRejections.inc();
      context
        .switchToHttp()
        .getResponse<Response>()
        .setHeader('Retry-After', String(outcome.retryAfterSeconds));
      throw new ScimError(
        429,
        undefined,
        `Too many requests for this organization; retry after ${outcome.retryAfterSeconds} s`,
      );
    }
    return next.handle();
  }
}
