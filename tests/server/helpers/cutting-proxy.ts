// A loopback TCP proxy that can lose a reply: it forwards the request, and when armed, drops the
// client's connection as soon as the server starts answering (after the server has committed).
import { connect, createServer, type Server } from 'node:net';

export interface CuttingProxy {
  url: string;
  /** The next reply is lost. */
  cutNextReply(): void;
  cuts: () => number;
  close(): Promise<void>;
}

export async function startCuttingProxy(targetPort: number): Promise<CuttingProxy> {
  let armed = false;
  let cuts = 0;
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    client.on('data', (d) => upstream.write(d));
    upstream.on('data', (d) => {
      if (armed) {
        armed = false;
        cuts++;
        client.destroy();
        upstream.destroy();
        return;
      }
      client.write(d);
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    cutNextReply: () => {
      armed = true;
    },
    cuts: () => cuts,
    close: () =>
      new Promise((resolve) => {
        // Keep-alive connections would hold the listener open forever.
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
