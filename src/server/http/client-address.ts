// The address a request comes from. By default the socket's: the server is reached directly. Behind
// a reverse proxy (HTTPS termination), the proxies' own addresses are listed in TRUSTED_PROXIES:
// a request from one of them is attributed to the address the proxy chain reports last before it
// (X-Forwarded-For read from the right, skipping trusted hops), so the login throttle still counts
// each client on its own. A forwarded header from anyone else is ignored: a client cannot choose
// the address it is counted under.
import { isIP } from 'node:net';
import type { Context } from 'hono';

/** `::ffff:10.0.0.1` and `10.0.0.1` are one address. */
const normal = (address: string) =>
  address
    .trim()
    .toLowerCase()
    .replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');

/** The proxies named in TRUSTED_PROXIES (IP addresses, comma-separated); throws on anything else. */
export function trustedProxies(env: { TRUSTED_PROXIES?: string } = process.env): string[] {
  const listed = (env.TRUSTED_PROXIES ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a.length > 0);
  const wrong = listed.filter((a) => isIP(a) === 0);
  if (wrong.length > 0) throw new Error(`TRUSTED_PROXIES : adresse IP attendue (${wrong.join(', ')})`);
  return listed.map(normal);
}

export function clientAddress(c: Context, trusted: readonly string[] = []): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const socket = env?.incoming?.socket?.remoteAddress;
  if (!socket) return 'local';
  let address = normal(socket);
  if (!trusted.includes(address)) return address;
  const chain = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map(normal)
    .filter((a) => a.length > 0);
  // From the right: each trusted hop vouches for the one before it; the first untrusted is the client.
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = chain[i]!;
    if (isIP(hop) === 0) break;
    address = hop;
    if (!trusted.includes(hop)) break;
  }
  return address;
}
