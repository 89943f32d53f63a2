import { Server } from 'node:http';
import { Injectable, Logger, type BeforeApplicationShutdown, type INestApplication } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { AppConfig } from '@app/config';

const DRAIN_POLL_MS = 100;
/** Extra time after the drain for the pool and Redis to close before the watchdog gives up. */
const CLOSE_GRACE_MS = 5_000;

/**
 * On shutdown (SIGTERM, or app.close() in tests), before the database pool closes: stop accepting connections,
 * let in-flight requests finish, close keep-alive connections as they fall idle, and after SHUTDOWN_TIMEOUT_MS cut
 * whatever is left. Nest closes the HTTP server itself, but without a bound and only after the same wait.
 */
@Injectable()
export class HttpDrain implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Shutdown');

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: AppConfig,
  ) {}

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    const server: unknown = this.adapterHost.httpAdapter?.getHttpServer();
    if (!isHttpServer(server) || !server.listening) return;
    await this.drainLogged(server, signal);
  }

  private async drainLogged(server: Server, signal: string | undefined): Promise<void> {
    this.logger.log(
      `Shutting down${signal === undefined ? '' : ` on ${signal}`}: draining requests for up to ${this.config.SHUTDOWN_TIMEOUT_MS} ms`,
    );
    await drain(server, this.config.SHUTDOWN_TIMEOUT_MS);
  }
}

function isHttpServer(value: unknown): value is Server {
  return value instanceof Server;
}

export function drain(server: Server, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const poll = setInterval(() => server.closeIdleConnections(), DRAIN_POLL_MS);
    const deadline = setTimeout(() => server.closeAllConnections(), timeoutMs);
    server.close(() => {
      clearInterval(poll);
      clearTimeout(deadline);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/**
 * Process-level wiring for main.ts: Nest's shutdown hooks exit 0 once everything is closed (by default Nest
 * re-raises the signal, which ends the process with 143); a watchdog exits 1 should closing hang.
 */
export function enableGracefulShutdown(app: INestApplication, timeoutMs: number): void {
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      setTimeout(() => process.exit(1), timeoutMs + CLOSE_GRACE_MS).unref();
    });
  }
}

/**
 * Server timeouts for running behind a load balancer: keep-alive longer than the balancer's idle timeout (60 s on
 * most) so it never reuses a socket the service just closed; a whole request must arrive within 30 s (slow-body
 * clients cannot hold sockets forever).
 */
export function configureHttpServer(server: Server): void {
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.requestTimeout = 30_000;
}
