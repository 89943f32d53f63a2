import { Injectable } from '@nestjs/common';
import { Counter, Histogram } from 'prom-client';
import { MetricsRegistry } from './metrics.registry';

type HttpLabels = 'method' | 'route' | 'status';

/**
 * The service's own series. `route` is the matched route pattern (`/api/scim/Users/:id`) or `unmatched`, never the
 * raw path, so ids and probes cannot blow up the series count.
 */
@Injectable()
export class ServiceMetrics {
  readonly httpRequests: Counter<HttpLabels>;
  readonly httpDuration: Histogram<HttpLabels>;
  readonly rateLimitRejections: Counter;
  readonly rateLimitFailOpen: Counter;

  constructor(metrics: MetricsRegistry) {
    const registers = [metrics.registry];
    this.httpRequests = new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.httpDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time from the first byte of the request to the last byte of the response',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.rateLimitRejections = new Counter({
      name: 'scim_rate_limit_rejections_total',
      help: 'SCIM requests refused with 429 by the per-organization rate limit',
      registers,
    });
    this.rateLimitFailOpen = new Counter({
      name: 'scim_rate_limit_fail_open_total',
      help: 'SCIM requests let through uncounted because the rate-limit store (Redis) failed',
      registers,
    });
  }

  observeRequest(method: string, route: string, status: number, seconds: number): void {
    const labels = { method, route, status: String(status) };
    this.httpRequests.inc(labels);
    this.httpDuration.observe(labels, seconds);
  }
}
