// Push and pull: the sync endpoints, validated with the shared protocol schemas.
import { Hono } from 'hono';
import { PullQuerySchema, PushEnvelopeSchema, type PushResponse } from '../../domain/sync-protocol';
import { ApiFailure } from '../http/api-error';
import type { AppEnv, ServerDeps } from '../http/app-env';
import { requireUserNotingSync } from '../indicators/activity';
import { readBody, readQuery } from '../http/validate';
import { applyPush, ForbiddenPush } from '../sync/apply-push';
import { pullChanges } from '../sync/pull';
import { scopeKey } from '../sync/scope';
import { readMutations } from '../sync/read-mutations';

export function syncRoutes(deps: ServerDeps) {
  const routes = new Hono<AppEnv>();
  // Per route, not routes.use(): an unknown path must stay a 404, not become a 401.
  const signedIn = requireUserNotingSync(deps);

  routes.post('/push', signedIn, async (c) => {
    const { clientId, mutations } = await readBody(c, PushEnvelopeSchema);
    const { valid, refused } = readMutations(mutations);
    try {
      const applied = await applyPush(deps.sql, c.get('scope'), { clientId, mutations: valid });
      const body: PushResponse = { results: [...applied, ...refused] };
      // Devices listening live pull now rather than at their next periodic pull.
      if (applied.some((r) => r.status === 'applied' || r.status === 'conflict')) {
        deps.live.announce().catch((error: unknown) => deps.log('Canal en direct : vérification impossible', error));
      }
      return c.json(body);
    } catch (error) {
      // Only other territories' records in this push: refused whole, nothing applied.
      if (error instanceof ForbiddenPush) throw new ApiFailure(403, error.message, 'mutations', 'territory-forbidden');
      throw error;
    }
  });

  routes.get('/pull', signedIn, async (c) => {
    const query = readQuery(c, PullQuerySchema);
    const scope = c.get('scope');
    const key = scopeKey(scope);
    // The cursor was taken under other territories: those added have older records to send.
    const since = query.scope !== undefined && query.scope !== key ? 0 : query.since;
    const user = c.get('user');
    const page = await pullChanges(deps.sql, scope, since, query.limit);
    return c.json({ ...page, scope: key, account: { role: user.role, territoryIds: [...user.territoryIds] } });
  });

  return routes;
}
