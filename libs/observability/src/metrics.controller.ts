import { Controller, Get, Header } from '@nestjs/common';
import { MetricsRegistry, PROMETHEUS_CONTENT_TYPE } from './metrics.registry';
import { Credential } from '@app/tokens';

/**
 * This process's Prometheus metrics, on both listeners: each process counts its own traffic (the SCIM traffic in the
 * scim-api process), so scrape both per replica. Always behind the internal ADMIN_API_TOKEN, on the public listener
 * too.
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
