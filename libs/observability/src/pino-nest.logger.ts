import { Inject, Injectable, type LoggerService } from '@nestjs/common';
import { APP_LOGGER, type AppLogger } from './logger';

/** Nest's start-up chatter ("Mapped {/x, GET} route") is debug, not info. */
const FRAMEWORK_CONTEXTS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
]);

/**
 * Routes Nest's Logger (framework and `new Logger(Context)` in services) to the same JSON lines as the request log,
 * so one process writes one format. Installed with `app.useLogger(app.get(PinoNestLogger))`.
 */
@Injectable()
export class PinoNestLogger implements LoggerService {
  constructor(@Inject(APP_LOGGER) private readonly logger: AppLogger) {}

  log(message: unknown, context?: string): void {
    if (context !== undefined && FRAMEWORK_CONTEXTS.has(context))
      this.logger.debug({ context }, String(message));
    else this.logger.info({ context }, String(message));
  }

  error(message: unknown, stackOrContext?: string, context?: string): void {
    const where = context ?? stackOrContext;
    const stack = context !== undefined ? stackOrContext : undefined;
    this.logger.error({ context: where, ...(stack === undefined ? {} : { stack }) }, String(message));
  }

  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, String(message));
  }

  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, String(message));
  }

  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, String(message));
  }

  fatal(message: unknown, context?: string): void {
    this.logger.fatal({ context }, String(message));
  }
}
