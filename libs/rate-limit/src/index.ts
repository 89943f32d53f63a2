export * from './token-bucket';
export * from './rate-limit.store';
export * from './memory-rate-limit.store';
export * from './redis-rate-limit.store';
export * from './rate-limiter.service';
export * from './rate-limit.module';
