// The reference pull: territories and business parks changed after the device's cursor, for the
// territories the account may see. Small enough to send whole when the scope changes.
import { Hono } from 'hono';
import { ReferenceQuerySchema, type ReferenceResponse } from '../../domain/reference-data';
import type { AppEnv, ServerDeps } from '../http/app-env';
import { requireUser } from '../http/require-user';
import { readQuery } from '../http/validate';
import { parksSince } from '../reference/parks-repo';
import { territoriesSince } from '../reference/territories-repo';
import { scopeKey } from '../sync/scope';

export function referenceRoutes(deps: ServerDeps) {
  const routes = new Hono<AppEnv>();

  routes.get('/', requireUser(deps), async (c) => {
    const query = readQuery(c, ReferenceQuerySchema);
    const scope = c.get('scope');
    const key = scopeKey(scope);
    const full = query.since === 0 || query.scope !== key;
    const since = full ? 0 : query.since;
    const territories = scope.all ? null : scope.territoryIds;
    const [t, p] = [await territoriesSince(deps.sql, since, territories), await parksSince(deps.sql, since, territories)];
    const cursor = Math.max(since, ...t.map((x) => x.rev), ...p.map((x) => x.rev));
    const body: ReferenceResponse = { territories: t, parks: p, cursor, scope: key, full };
    return c.json(body);
  });

  return routes;
}
