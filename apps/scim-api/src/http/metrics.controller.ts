import { Controller, Get, Header } from '@nestjs/common';
import { MetricsRegistry, PROMETHEUS_CONTENT_TYPE } from '@app/observability';
import { Credential } from '@app/tokens';

/**
 * This process's Prometheus metrics: the SCIM traffic is counted here, not in the admin process. On the public
 * listener, so it needs the internal ADMIN_API_TOKEN; scrape it, and the admin listener's own /metrics, per replica.
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
