import { createServer, connect, type Server, type Socket } from 'node:net';

type Mode = 'forward' | 'blackhole';

/**
 * A TCP proxy between the app and PostgreSQL, to take the database away for real: `cut()` refuses new connections
 * and resets open ones (PostgreSQL down), `blackhole()` accepts connections and stops forwarding bytes (a network
 * partition: nothing answers, nothing is refused), `restore()` forwards again.
 */
export class TcpProxy {
  private readonly pairs = new Set<[Socket, Socket]>();
  private mode: Mode = 'forward';
  private server: Server | undefined;

  private constructor(
    private readonly target: { host: string; port: number },
    private listenPort = 0,
  ) {}

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    const proxy = new TcpProxy(target);
    await proxy.listen();
    return proxy;
  }

  get port(): number {
    return this.listenPort;
  }

  /** Stops accepting and resets every open connection. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    this.destroyPairs();
    if (server !== undefined) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Keeps accepting, forwards nothing, in either direction, on new and open connections. */
  blackhole(): void {
    this.mode = 'blackhole';
    for (const [client, upstream] of this.pairs) {
      client.unpipe(upstream);
      upstream.unpipe(client);
    }
  }

  async restore(): Promise<void> {
    if (this.mode === 'blackhole') this.destroyPairs();
    this.mode = 'forward';
    if (this.server === undefined) await this.listen();
  }

  async close(): Promise<void> {
    await this.cut();
  }

  private listen(): Promise<void> {
    const server = createServer((client) => this.accept(client));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.listenPort, '127.0.0.1', () => {
        const address = server.address();
        if (address !== null && typeof address === 'object') this.listenPort = address.port;
        resolve();
      });
    });
  }

  private accept(client: Socket): void {
    client.on('error', () => undefined);
    if (this.mode === 'blackhole') {
      client.resume();
      this.pairs.add([client, client]);
      return;
    }
    const upstream = connect(this.target.port, this.target.host);
    upstream.on('error', () => client.destroy());
    const pair: [Socket, Socket] = [client, upstream];
    this.pairs.add(pair);
    const forget = (): void => {
      this.pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', forget);
    upstream.on('close', forget);
    client.pipe(upstream);
    upstream.pipe(client);
  }

  private destroyPairs(): void {
    for (const [client, upstream] of this.pairs) {
      client.resetAndDestroy();
      upstream.destroy();
    }
    this.pairs.clear();
  }
}
