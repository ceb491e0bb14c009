// GET /api/v1/live: a Server-Sent Events stream telling a signed-in device « pull now » when its
// territories change, so a workshop's tablets and projector see each other's entries in about a
// second. Authenticated by the same bearer token as every call (the app reads it with fetch, so
// the token never appears in a URL); periodic pull stays the fallback.
//
// The stream is written straight to Node's response: a nudge is then one write of bytes framed once
// for all (live/fan-out.ts), without a web stream, a promise or a timer per listener.
import type { ServerResponse } from 'node:http';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { Hono } from 'hono';
import { ApiFailure } from '../http/api-error';
import type { AppEnv, ServerDeps } from '../http/app-env';
import { requireUser } from '../http/require-user';
import { SECURITY_HEADERS } from '../http/security-headers';
import { sessionExpiresAt } from '../auth/sessions';
import type { Listener, LiveHub } from '../live/hub';

/**
 * Nudges and keep-alives are a few dozen bytes: a stream with this much unread is held by a device
 * that stopped reading, and is closed rather than left to grow in memory.
 */
export const MAX_UNREAD_BYTES = 64 * 1024;

export function liveRoutes(deps: ServerDeps, hub: LiveHub) {
  const routes = new Hono<AppEnv>();
  routes.get('/', requireUser(deps), async (c) => {
    const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
    if (!outgoing) throw new ApiFailure(503, 'Canal en direct indisponible sur ce serveur');
    const token = c.get('token');
    // The stream ends with its session, even when nobody signs out (hub.ts closes it then).
    const expiresAt = await sessionExpiresAt(deps.sql, token);
    if (expiresAt === undefined) throw new ApiFailure(401, 'Connexion requise : identifiez-vous à nouveau');
    const listener: Listener = {
      scope: c.get('scope'),
      token,
      expiresAt,
      seenRev: await hub.currentRev(),
      write(frame) {
        if (outgoing.writableEnded || outgoing.destroyed) return;
        if (outgoing.writableLength > MAX_UNREAD_BYTES) outgoing.destroy();
        else outgoing.write(frame);
      },
      close: () => outgoing.end(),
    };
    // Limits are checked before the stream starts, while a plain 429 can still be answered.
    const unsubscribe = hub.subscribe(listener);
    if (typeof unsubscribe === 'string') throw new ApiFailure(429, unsubscribe);
    // A device gone while it was being checked must not keep a slot of its account or the server.
    if (outgoing.destroyed || outgoing.socket?.destroyed !== false) {
      unsubscribe();
      return RESPONSE_ALREADY_SENT;
    }
    outgoing.once('close', unsubscribe);
    outgoing.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      // Tells nginx-like proxies not to hold nudges in a buffer.
      'X-Accel-Buffering': 'no',
    });
    // Says nothing of the programme: the revision a device hears of is its own territories'.
    outgoing.write('event: ready\ndata: {}\n\n');
    // Tells @hono/node-server that the answer is written already.
    return RESPONSE_ALREADY_SENT;
  });
  return routes;
}
