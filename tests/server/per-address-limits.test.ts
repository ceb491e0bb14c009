// A stranger holding slow sockets from one address fills its own share only, and strangers from
// many addresses together hold a bounded share (connections without a session): health checks and
// signed-in devices keep being answered.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { API_ROUTES } from '../../src/domain/api';
import { readSse } from '../../src/sync/sse';
import { startServer, type ServerProcess } from './helpers/server-process';
import { ADMIN, serverEnv } from './helpers/server-env';

let server: ServerProcess;
let env: Awaited<ReturnType<typeof serverEnv>>;

beforeAll(async () => {
  env = await serverEnv();
  server = await startServer({
    ...env.env,
    MAX_CONNECTIONS: '40',
    MAX_CONNECTIONS_PER_ADDRESS: '10',
    MAX_UNAUTHENTICATED_CONNECTIONS: '12',
    HEADERS_TIMEOUT_MS: '20000',
    REQUEST_TIMEOUT_MS: '20000',
    SOCKET_TIMEOUT_MS: '20000',
  });
});
afterAll(async () => {
  await server?.stop();
  await env?.dispose();
});

/** A socket from another loopback address that sends half a request and waits. */
function slow(from = '127.0.0.2'): { socket: Socket; closed: Promise<void> } {
  const socket = connect({ port: server.port, host: '127.0.0.1', localAddress: from });
  socket.on('error', () => undefined);
  socket.on('connect', () => socket.write('GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n'));
  socket.resume();
  return { socket, closed: new Promise((resolve) => socket.once('close', () => resolve())) };
}

it('keeps at most its share open for one address, and answers health checks from another', async () => {
  const flood = Array.from({ length: 60 }, () => slow());
  await new Promise((r) => setTimeout(r, 500));
  const stillOpen = flood.filter((s) => !s.socket.destroyed && s.socket.readyState === 'open').length;
  expect(stillOpen).toBeLessThanOrEqual(10);
  const checks = await Promise.all(
    Array.from({ length: 5 }, () => fetch(`${server.url}/api/v1/health`, { signal: AbortSignal.timeout(5000) }).then((r) => r.status)),
  );
  expect(checks).toEqual([200, 200, 200, 200, 200]);
  for (const s of flood) s.socket.destroy();
});

it('keeps strangers from many addresses to their share, while a signed-in device keeps its stream and is served', async () => {
  const login = await fetch(server.url + API_ROUTES.login, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const { token } = (await login.json()) as { token: string };
  const auth = { authorization: `Bearer ${token}` };
  const abort = new AbortController();
  const live = await fetch(server.url + API_ROUTES.live, { headers: auth, signal: abort.signal });
  expect(live.status).toBe(200);
  let streamEnded = false;
  void readSse(live.body!, () => undefined)
    .catch(() => undefined)
    .finally(() => (streamEnded = true));

  // Six addresses, eight slow sockets each: every address under its own cap (10), 48 together,
  // more than the 40 connections the server takes at all.
  const flood = ['127.0.0.3', '127.0.0.4', '127.0.0.5', '127.0.0.6', '127.0.0.7', '127.0.0.8'].flatMap((from) =>
    Array.from({ length: 8 }, () => slow(from)),
  );
  await new Promise((r) => setTimeout(r, 500));
  const stillOpen = flood.filter((s) => !s.socket.destroyed && s.socket.readyState === 'open').length;
  expect(stillOpen).toBeLessThanOrEqual(12);
  expect(streamEnded).toBe(false);
  const me = await fetch(server.url + API_ROUTES.me, { headers: auth, signal: AbortSignal.timeout(5000) });
  expect(me.status).toBe(200);
  const health = await fetch(`${server.url}/api/v1/health`, { signal: AbortSignal.timeout(5000) });
  expect(health.status).toBe(200);
  expect(streamEnded).toBe(false);
  abort.abort();
  for (const s of flood) s.socket.destroy();
});
