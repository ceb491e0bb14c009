// After a successful write to the reference data (parks, territories), devices listening live are
// told to pull now: the hub works out whose territories it concerns.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, ServerDeps } from '../http/app-env';

export function nudgeAfterWrites(deps: Pick<ServerDeps, 'live' | 'log'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (c.req.method === 'GET' || c.res.status >= 300) return;
    deps.live.announce().catch((error: unknown) => deps.log('Canal en direct : vérification impossible', error));
  };
}
