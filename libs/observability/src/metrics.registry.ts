import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * This process's Prometheus registry. Each application instance has its own (not prom-client's global one), so
 * two apps in one process, as in the e2e tests, never clash; every series carries a `service` label.
 */
/** The Prometheus text exposition format that `render()` returns. */
export const PROMETHEUS_CONTENT_TYPE = Registry.PROMETHEUS_CONTENT_TYPE;

export class MetricsRegistry {
  readonly registry = new Registry();

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}
