// Checks made before any route runs: the Host header (DNS rebinding) and the body's content type
// (a form on another site can post text/plain without a CORS preflight, never application/json).
import { hostname as machineName } from 'node:os';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { ApiFailure } from './api-error';
import type { AppEnv } from './app-env';

const ALWAYS_ALLOWED = ['localhost', '127.0.0.1', '[::1]'];

/** Names (not IP literals) this server answers to: localhost, HOST, the machine's name, ALLOWED_HOSTS. */
export function allowedHostNames(env: { HOST?: string; ALLOWED_HOSTS?: string } = process.env): string[] {
  const extra = (env.ALLOWED_HOSTS ?? '').split(',').map((h) => h.trim().toLowerCase());
  return [...ALWAYS_ALLOWED, env.HOST ?? '', machineName(), ...extra].map((h) => h.toLowerCase()).filter(Boolean);
}

const IP_LITERAL = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/;

/**
 * A page on another site cannot reach us through an IP address it does not own; it can through a
 * name of its own that it re-points at us (DNS rebinding). So IP literals pass, names must be known.
 */
export function hostAllowed(hostHeader: string | undefined, names: readonly string[]): boolean {
  if (!hostHeader) return false;
  const host = hostHeader.toLowerCase().replace(/:\d+$/, '');
  return IP_LITERAL.test(host) || names.includes(host);
}

export function checkHost(names: readonly string[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!hostAllowed(c.req.header('host'), names)) {
      return c.json({ error: 'Nom d’hôte non autorisé : ajoutez-le à ALLOWED_HOSTS sur le serveur', field: 'host', code: 'invalid' }, 421);
    }
    await next();
  });
}

function hasBody(c: Context<AppEnv>): boolean {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return false;
  const length = c.req.header('content-length');
  if (length !== undefined) return length.trim() !== '0';
  if (c.req.header('transfer-encoding') !== undefined) return true;
  // Behind the Node server the headers say it all; an in-process request (tests) has no length header.
  return (c.env as { incoming?: unknown } | undefined)?.incoming === undefined && c.req.raw.body !== null;
}

/** A request with a body must say it is JSON: 415 otherwise. */
export const requireJsonBody = createMiddleware<AppEnv>(async (c, next) => {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (hasBody(c) && type !== 'application/json') {
    throw new ApiFailure(415, 'Type de contenu non accepté : application/json attendu', 'content-type');
  }
  await next();
});
