import { Controller, Get, Header } from '@nestjs/common';
import { MetricsRegistry, PROMETHEUS_CONTENT_TYPE } from '@app/observability';
import { Credential } from '@app/tokens';

/**
 * The admin process's own Prometheus metrics (its HTTP traffic and pool). The SCIM traffic is counted in the
 * scim-api process and served by its /metrics; scrape both, per replica.
 */
@Controller('metrics')
@Credential('admin')
export class MetricsController {
  constructor(private readonly metrics: MetricsRegistry) {}

  @Get()
  @Header('Content-Type', PROMETHEUS_CONTENT_TYPE)
  @Header('Cache-Control', 'no-store')
  render(): Promise<string> {
    return this.metrics.render();
  }
}
