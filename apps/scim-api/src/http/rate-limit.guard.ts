import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ServiceMetrics } from '@app/observability';
import { RateLimiter } from '@app/rate-limit';
import { ScimError } from '@app/scim-core';
import type { Principal } from '@app/tokens';
import { isDeprovisioning } from './deprovisioning';

/**
 * Per-organization token bucket on the SCIM API. A global guard registered after the credential guard (global guards
 * run in registration order), so the organization is on the request; a guard rather than an interceptor because it
 * costs no observable pipeline per request. The settings API (session principals) is not limited. Past the limit:
 * 429 with Retry-After in seconds and a SCIM error body (RFC 7644 §3.12 lists 429 without a scimType).
 */
@Injectable()
export class ScimRateLimitGuard implements CanActivate {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly metrics: ServiceMetrics,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request & { user?: Principal }>();
    const principal = req.user;
    if (!this.limiter.enabled || principal?.kind !== 'scim-token' || isDeprovisioning(req.method, req.body)) {
      return true;
    }
    const outcome = await this.limiter.consume(`org:${principal.orgId}`);
    if (outcome.failedOpen) this.metrics.rateLimitFailOpen.inc();
    if (outcome.allowed) return true;
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
}
