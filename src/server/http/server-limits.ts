// Connection and time limits of the Node HTTP server, so half-sent or stalled requests (thousands
// of them, from anyone, no account needed) cannot exhaust file descriptors or hold sockets for
// minutes. Each can be changed through the environment.
import type { Server } from 'node:http';
import { ConnectionGate } from './connection-gate';

export interface ServerLimits {
  /** Open connections at once; more are refused until some close. */
  maxConnections: number;
  /** Open connections from one client address (reverse proxies in TRUSTED_PROXIES excepted). */
  maxConnectionsPerAddress: number;
  /** Connections that have not shown a valid session (strangers), from all addresses together. */
  maxUnauthenticated: number;
  /** The same, from one address. */
  maxUnauthenticatedPerAddress: number;
  /** Live streams at once, below maxConnections so that requests always find a slot. */
  maxLiveStreams: number;
  /** Time to receive a request's headers. */
  headersTimeoutMs: number;
  /** Time to receive a whole request (headers and body). */
  requestTimeoutMs: number;
  /** Idle time of a kept-alive connection between requests. */
  keepAliveTimeoutMs: number;
  /** Inactivity on a socket (nothing read or written) before it is closed. */
  socketTimeoutMs: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  maxConnections: 512,
  // An office behind one NAT: a few dozen tablets, each with a live stream and a request or two.
  maxConnectionsPerAddress: 64,
  // Health checks and sign-ins take a connection for a moment; a stranger's flood holds no more.
  maxUnauthenticated: 128,
  maxUnauthenticatedPerAddress: 32,
  maxLiveStreams: 384,
  headersTimeoutMs: 15_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  socketTimeoutMs: 30_000,
};

const ENV_NAMES: Record<keyof ServerLimits, string> = {
  maxConnections: 'MAX_CONNECTIONS',
  maxConnectionsPerAddress: 'MAX_CONNECTIONS_PER_ADDRESS',
  maxUnauthenticated: 'MAX_UNAUTHENTICATED_CONNECTIONS',
  maxUnauthenticatedPerAddress: 'MAX_UNAUTHENTICATED_PER_ADDRESS',
  maxLiveStreams: 'MAX_LIVE_STREAMS',
  headersTimeoutMs: 'HEADERS_TIMEOUT_MS',
  requestTimeoutMs: 'REQUEST_TIMEOUT_MS',
  keepAliveTimeoutMs: 'KEEP_ALIVE_TIMEOUT_MS',
  socketTimeoutMs: 'SOCKET_TIMEOUT_MS',
};

/** The limits, each from its environment variable when it holds a positive integer. */
export function serverLimits(env: Record<string, string | undefined> = process.env): ServerLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(ENV_NAMES) as (keyof ServerLimits)[]) {
    const raw = env[ENV_NAMES[key]];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value <= 0) throw new Error(`${ENV_NAMES[key]} : entier positif attendu (reçu « ${raw} »)`);
    limits[key] = value;
  }
  // Unset, the stream budget is three quarters of the connections (384 of the default 512).
  if (!env.MAX_LIVE_STREAMS) limits.maxLiveStreams = Math.min(DEFAULT_LIMITS.maxLiveStreams, Math.floor((limits.maxConnections * 3) / 4));
  if (limits.maxLiveStreams >= limits.maxConnections) {
    throw new Error(
      `MAX_LIVE_STREAMS (${limits.maxLiveStreams}) doit rester sous MAX_CONNECTIONS (${limits.maxConnections}) : les requêtes ont besoin de place`,
    );
  }
  if (!env.MAX_UNAUTHENTICATED_CONNECTIONS) {
    limits.maxUnauthenticated = Math.min(DEFAULT_LIMITS.maxUnauthenticated, Math.floor(limits.maxConnections / 4));
  }
  if (limits.maxUnauthenticated >= limits.maxConnections) {
    throw new Error(
      `MAX_UNAUTHENTICATED_CONNECTIONS (${limits.maxUnauthenticated}) doit rester sous MAX_CONNECTIONS (${limits.maxConnections}) : les appareils connectés ont besoin de place`,
    );
  }
  // Node requires headersTimeout <= requestTimeout.
  limits.headersTimeoutMs = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
  return limits;
}

/** Options for http.createServer: the timeouts are checked every second, not every 30 s. */
export function serverOptions(limits: ServerLimits) {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
  };
}

export function applyLimits(server: Server, limits: ServerLimits, trustedProxies: readonly string[] = []): void {
  server.maxConnections = limits.maxConnections;
  const gate = new ConnectionGate(
    {
      perAddress: limits.maxConnectionsPerAddress,
      unauthenticated: limits.maxUnauthenticated,
      unauthenticatedPerAddress: limits.maxUnauthenticatedPerAddress,
    },
    trustedProxies,
  );
  gate.attach(server);
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  // A socket silent this long is destroyed, whatever the request timers say.
  server.setTimeout(limits.socketTimeoutMs, (socket) => socket.destroy());
}
