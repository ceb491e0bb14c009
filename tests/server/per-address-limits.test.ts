// A stranger holding slow sockets from one address fills its own share only: health checks and
// other clients keep being answered.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type ServerProcess } from './helpers/server-process';
import { serverEnv } from './helpers/server-env';

let server: ServerProcess;
let env: Awaited<ReturnType<typeof serverEnv>>;

beforeAll(async () => {
  env = await serverEnv();
  server = await startServer({
    ...env.env,
    MAX_CONNECTIONS: '40',
    MAX_CONNECTIONS_PER_ADDRESS: '10',
    HEADERS_TIMEOUT_MS: '20000',
    REQUEST_TIMEOUT_MS: '20000',
    SOCKET_TIMEOUT_MS: '20000',
  });
});
afterAll(async () => {
  await server?.stop();
  await env?.dispose();
});

/** A socket from 127.0.0.2 (another loopback address) that sends half a request and waits. */
function slow(): { socket: Socket; closed: Promise<void> } {
  const socket = connect({ port: server.port, host: '127.0.0.1', localAddress: '127.0.0.2' });
  socket.on('error', () => undefined);
  socket.on('connect', () => socket.write('GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n'));
  socket.resume();
  return { socket, closed: new Promise((resolve) => socket.once('close', () => resolve())) };
}

it('keeps at most its share open for one address, and answers health checks from another', async () => {
  const flood = Array.from({ length: 60 }, slow);
  await new Promise((r) => setTimeout(r, 500));
  const stillOpen = flood.filter((s) => !s.socket.destroyed && s.socket.readyState === 'open').length;
  expect(stillOpen).toBeLessThanOrEqual(10);
  const checks = await Promise.all(
    Array.from({ length: 5 }, () => fetch(`${server.url}/api/v1/health`, { signal: AbortSignal.timeout(5000) }).then((r) => r.status)),
  );
  expect(checks).toEqual([200, 200, 200, 200, 200]);
  for (const s of flood) s.socket.destroy();
});
