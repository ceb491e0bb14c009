// The real server under half-sent requests: stalled sockets are cut within the request timeout,
// the connection cap holds, and the server keeps answering others.
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressKey } from '../../src/server/http/address-key';
import { serverLimits } from '../../src/server/http/server-limits';
import { lockFileOf } from '../../src/server/store/data-lock';
import { pgliteDir } from '../../src/server/store/open-store';
import { startServer, type ServerProcess } from './helpers/server-process';
import { serverEnv } from './helpers/server-env';

const LIMITS = { MAX_CONNECTIONS: '20', HEADERS_TIMEOUT_MS: '1500', REQUEST_TIMEOUT_MS: '2500', SOCKET_TIMEOUT_MS: '3000' };
let server: ServerProcess;
let env: Awaited<ReturnType<typeof serverEnv>>;

beforeAll(async () => {
  env = await serverEnv();
  server = await startServer({ ...env.env, ...LIMITS });
});
afterAll(async () => {
  await server?.stop();
  await env?.dispose();
});

/** A socket that sends the start of a login and then nothing; resolves when the server closes it. */
function stalled(headersDone: boolean): { socket: Socket; closed: Promise<number> } {
  const started = Date.now();
  const socket = connect(server.port, '127.0.0.1');
  socket.on('error', () => undefined);
  socket.write(`POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n`);
  if (headersDone) socket.write('Content-Length: 100\r\n\r\n{"email":');
  const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now() - started)));
  // Read what the server sends (its 408), or the socket never sees the end of the connection.
  socket.resume();
  return { socket, closed };
}

const health = async () => (await fetch(`${server.url}/api/v1/health`, { signal: AbortSignal.timeout(5000) })).status;

describe('connection limits', () => {
  it('cuts requests stalled in their headers or their body, and answers others meanwhile', async () => {
    const inHeaders = Array.from({ length: 5 }, () => stalled(false));
    const inBody = Array.from({ length: 5 }, () => stalled(true));
    expect(await health()).toBe(200);
    const times = await Promise.all([...inHeaders, ...inBody].map((s) => s.closed));
    for (const t of times) expect(t).toBeLessThan(10_000);
    expect(await health()).toBe(200);
  });

  it('holds at most MAX_CONNECTIONS at once and recovers once the stalled ones are cut', async () => {
    const flood = Array.from({ length: 60 }, () => stalled(false));
    await new Promise((r) => setTimeout(r, 300));
    // The surplus connections are closed at once by the cap rather than queued.
    const closedEarly = await Promise.all(
      flood.map((s) => Promise.race([s.closed.then(() => 1), new Promise((r) => setTimeout(() => r(0), 500))])),
    );
    expect(closedEarly.reduce<number>((a, b) => a + (b as number), 0)).toBeGreaterThanOrEqual(35);
    await Promise.all(flood.map((s) => s.closed));
    expect(await health()).toBe(200);
  });
});

describe('serverLimits', () => {
  it('reads the environment and refuses nonsense with a French message', () => {
    expect(serverLimits({ MAX_CONNECTIONS: '7', REQUEST_TIMEOUT_MS: '1000' })).toMatchObject({
      maxConnections: 7,
      requestTimeoutMs: 1000,
      headersTimeoutMs: 1000,
    });
    expect(serverLimits({}).requestTimeoutMs).toBeLessThanOrEqual(30_000);
    expect(() => serverLimits({ MAX_CONNECTIONS: 'beaucoup' })).toThrow(/MAX_CONNECTIONS : entier positif attendu/);
  });

  it('keeps strangers to a share below the connection cap', () => {
    expect(serverLimits({})).toMatchObject({ maxUnauthenticated: 128, maxUnauthenticatedPerAddress: 32 });
    expect(serverLimits({ MAX_CONNECTIONS: '40' }).maxUnauthenticated).toBe(10);
    expect(() => serverLimits({ MAX_CONNECTIONS: '40', MAX_UNAUTHENTICATED_CONNECTIONS: '40' })).toThrow(
      /MAX_UNAUTHENTICATED_CONNECTIONS \(40\) doit rester sous MAX_CONNECTIONS \(40\)/,
    );
  });

  it('keeps live streams below the connection cap', () => {
    expect(serverLimits({}).maxLiveStreams).toBe(384);
    expect(serverLimits({ MAX_CONNECTIONS: '40' }).maxLiveStreams).toBe(30);
    expect(() => serverLimits({ MAX_CONNECTIONS: '40', MAX_LIVE_STREAMS: '40' })).toThrow(
      /MAX_LIVE_STREAMS \(40\) doit rester sous MAX_CONNECTIONS \(40\)/,
    );
  });
});

describe('addressKey', () => {
  it('counts an IPv4 address alone, and every address of one IPv6 /64 as one', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('::ffff:203.0.113.7');
    expect(addressKey('2001:db8:12:34::1')).toBe(addressKey('2001:0db8:0012:0034:ffff:1:2:3'));
    expect(addressKey('2001:db8:12:35::1')).not.toBe(addressKey('2001:db8:12:34::1'));
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });
});

// With DATABASE_URL there is no data folder to lock.
it.skipIf(Boolean(process.env.DATABASE_URL))(
  'holds its data folder’s lock while it runs, under its own pid (a second server is refused: data-lock.test.ts)',
  () => {
    expect(readFileSync(lockFileOf(pgliteDir(env.env)), 'utf8')).toBe(String(server.child.pid));
  },
);
