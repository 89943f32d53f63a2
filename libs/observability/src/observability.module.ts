import { Module, type DynamicModule } from '@nestjs/common';
import type { DestinationStream } from 'pino';
import { AppConfig } from '@app/config';
import { DatabasePoolMetrics } from './database-pool.metrics';
import { HttpDrain } from './graceful-shutdown';
import { APP_LOGGER, createLogger, LOG_DESTINATION, type AppLogger } from './logger';
import { MetricsRegistry } from './metrics.registry';
import { PinoNestLogger } from './pino-nest.logger';
import { ServiceMetrics } from './service.metrics';

export interface ObservabilityOptions {
  /** `service` on every log line and metric series: which listener wrote it. */
  service: string;
}

/**
 * JSON logs (pino), this process's Prometheus registry with HTTP, rate-limit and pool metrics, and the HTTP drain
 * on shutdown. Tests override LOG_DESTINATION to read the log lines.
 */
@Module({})
export class ObservabilityModule {
  static forRoot(options: ObservabilityOptions): DynamicModule {
    return {
      module: ObservabilityModule,
      providers: [
        { provide: LOG_DESTINATION, useValue: null },
        {
          provide: APP_LOGGER,
          inject: [AppConfig, LOG_DESTINATION],
          useFactory: (config: AppConfig, destination: DestinationStream | null): AppLogger =>
            createLogger({
              service: options.service,
              level: config.logLevel,
              destination: destination ?? undefined,
            }),
        },
        PinoNestLogger,
        // A factory, not a value: every application instance gets its own registry.
        { provide: MetricsRegistry, useFactory: () => new MetricsRegistry(options.service) },
        ServiceMetrics,
        DatabasePoolMetrics,
        HttpDrain,
      ],
      exports: [APP_LOGGER, PinoNestLogger, MetricsRegistry, ServiceMetrics],
    };
  }
}
