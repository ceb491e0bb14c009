// GET /api/v1/live: a Server-Sent Events stream telling a signed-in device « pull now » when its
// territories change, so a workshop's tablets and projector see each other's entries in about a
// second. Authenticated by the same bearer token as every call (the app reads it with fetch, so
// the token never appears in a URL); periodic pull stays the fallback.
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { ApiFailure } from '../http/api-error';
import type { AppEnv, ServerDeps } from '../http/app-env';
import { requireUser } from '../http/require-user';
import type { Listener, LiveHub } from '../live/hub';

/** Below any idle timeout between the device and us, so quiet streams are not cut. */
export const HEARTBEAT_MS = 15_000;

export function liveRoutes(deps: ServerDeps, hub: LiveHub, heartbeatMs = HEARTBEAT_MS) {
  const routes = new Hono<AppEnv>();
  routes.get('/', requireUser(deps), async (c) => {
    let end = () => undefined as void;
    const listener: Listener = {
      scope: c.get('scope'),
      token: c.get('token'),
      seenRev: await hub.currentRev(),
      send: async () => undefined,
      close: () => end(),
    };
    // Limits are checked before the stream starts, while a plain 429 can still be answered.
    const unsubscribe = hub.subscribe(listener);
    if (typeof unsubscribe === 'string') throw new ApiFailure(429, unsubscribe);
    c.header('Cache-Control', 'no-store');
    let closed = false;
    return streamSSE(c, async (stream) => {
      listener.send = (rev) => stream.writeSSE({ event: 'change', data: JSON.stringify({ rev }), id: String(rev) });
      const done = new Promise<void>((resolve) => {
        end = () => {
          closed = true;
          resolve();
        };
        stream.onAbort(end);
      });
      try {
        await stream.writeSSE({ event: 'ready', data: JSON.stringify({ rev: listener.seenRev }) });
        while (!closed) {
          await Promise.race([done, stream.sleep(heartbeatMs)]);
          if (!closed) await stream.write(': keep-alive\n\n');
        }
      } finally {
        unsubscribe();
      }
    });
  });
  return routes;
}
