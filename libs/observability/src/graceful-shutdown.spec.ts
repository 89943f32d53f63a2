import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { drain } from './graceful-shutdown';

function startServer(handlerDelayMs: number): Promise<{ server: Server; port: number }> {
  const server = createServer((_req, res) => {
    setTimeout(() => res.end('done'), handlerDelayMs);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as AddressInfo).port }));
  });
}

function get(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/' }, (res: IncomingMessage) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.once('end', () => resolve(body));
    });
    req.once('error', reject);
    req.end();
  });
}

describe(drain.name, () => {
  it('should let an in-flight request finish and close the server', async () => {
    const { server, port } = await startServer(200);
    const inFlight = get(port);
    await new Promise((resolve) => setTimeout(resolve, 50));

    const drained = drain(server, 5000);

    await expect(inFlight).resolves.toBe('done');
    await drained;
    expect(server.listening).toBe(false);
  });

  it('should cut requests still running at the deadline', async () => {
    const { server, port } = await startServer(10_000);
    const stuck = get(port);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();

    await drain(server, 200);

    await expect(stuck).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
