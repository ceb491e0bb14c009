// The address a request comes from, as the socket sees it. Forwarded headers are not trusted: the
// server is meant to be reached directly (a proxy in front would make every client one address).
import type { Context } from 'hono';

export function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}
