// Who may hold the server's connections. Per client address: a cap on all connections. Everywhere:
// a cap on connections that have not yet shown a valid session — strangers' slow headers, login
// attempts, health checks — so that strangers, even from many addresses, hold a bounded share and
// signed-in devices keep their slots. Past that share the *oldest* stranger is let go (idle or
// stalled ones before those whose request is being answered): a flood churns among itself while a
// device's fresh connection, which sends its request at once, is signed in before its turn comes.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { addressKey } from './address-key';

export interface GateLimits {
  /** Open connections from one client address (reverse proxies in TRUSTED_PROXIES excepted). */
  perAddress: number;
  /** Connections without a valid session yet, from all addresses together. */
  unauthenticated: number;
  /** Connections without a valid session yet, from one address. */
  unauthenticatedPerAddress: number;
}

/** The gate that admitted each socket, so a route can vouch for it (see markSignedIn). */
const gateOf = new WeakMap<Socket, ConnectionGate>();

/**
 * A request on this connection presented a valid session: it is no longer a stranger's. Over
 * HTTPS the request's socket wraps the TCP one the gate admitted (`_parent`).
 */
export function markSignedIn(env: unknown): void {
  const raw = admitted((env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket);
  if (raw) gateOf.get(raw)?.signedIn(raw);
}

function admitted(socket: (Socket & { _parent?: Socket }) | undefined): Socket | undefined {
  if (!socket) return undefined;
  return gateOf.has(socket) ? socket : socket._parent;
}

export class ConnectionGate {
  private readonly open = new Map<string, number>();
  /** Connections without a session, oldest first (a Set keeps insertion order). */
  private readonly strangers = new Set<Socket>();
  private readonly strangersFrom = new Map<string, Set<Socket>>();
  /** Connections whose request is being answered: let go only when every other stranger is. */
  private readonly answering = new WeakSet<Socket>();

  constructor(
    private readonly limits: GateLimits,
    private readonly trustedProxies: readonly string[] = [],
  ) {}

  attach(server: Server): void {
    server.on('connection', (socket: Socket) => this.admit(socket));
    // A request fully received is no slow stranger: a sign-in or a device's first call is answered
    // rather than cut, and an idle or stalled connection goes first.
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      const raw = admitted(req.socket);
      if (!raw) return;
      this.answering.add(raw);
      res.once('close', () => this.answering.delete(raw));
    });
  }

  admit(socket: Socket): void {
    const remote = socket.remoteAddress ?? '';
    // A reverse proxy carries everyone's requests on few connections, and meets strangers itself.
    if (this.trustedProxies.includes(remote)) return;
    const address = addressKey(remote);
    const count = (this.open.get(address) ?? 0) + 1;
    if (count > this.limits.perAddress) {
      socket.destroy();
      return;
    }
    this.open.set(address, count);
    gateOf.set(socket, this);
    let fromHere = this.strangersFrom.get(address);
    if (!fromHere) this.strangersFrom.set(address, (fromHere = new Set()));
    this.strangers.add(socket);
    fromHere.add(socket);
    socket.once('close', () => {
      const left = (this.open.get(address) ?? 1) - 1;
      if (left <= 0) this.open.delete(address);
      else this.open.set(address, left);
      this.forget(socket, address);
    });
    if (fromHere.size > this.limits.unauthenticatedPerAddress) this.evictOldest(fromHere);
    if (this.strangers.size > this.limits.unauthenticated) this.evictOldest(this.strangers);
  }

  signedIn(socket: Socket): void {
    this.forget(socket, addressKey(socket.remoteAddress ?? ''));
  }

  private forget(socket: Socket, address: string): void {
    this.strangers.delete(socket);
    const fromHere = this.strangersFrom.get(address);
    fromHere?.delete(socket);
    if (fromHere?.size === 0) this.strangersFrom.delete(address);
  }

  private evictOldest(sockets: Set<Socket>): void {
    let oldest: Socket | undefined;
    for (const socket of sockets) {
      oldest ??= socket;
      if (!this.answering.has(socket)) {
        oldest = socket;
        break;
      }
    }
    if (!oldest) return;
    this.forget(oldest, addressKey(oldest.remoteAddress ?? ''));
    oldest.destroy();
  }
}
