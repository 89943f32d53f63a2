export * from './audit.module';
export * from './provisioning-events.service';
