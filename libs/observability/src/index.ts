export * from './logger';
export * from './pino-nest.logger';
export * from './metrics.registry';
export * from './service.metrics';
export * from './database-pool.metrics';
export * from './request-observer.middleware';
export * from './graceful-shutdown';
export * from './observability.module';
