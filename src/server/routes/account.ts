// The signed-in user and the territories they may see.
import { Hono } from 'hono';
import type { AppEnv, ServerDeps } from '../http/app-env';
import { requireUser } from '../http/require-user';
import { territoriesSince } from '../reference/territories-repo';

export function accountRoutes(deps: ServerDeps) {
  const routes = new Hono<AppEnv>();
  // Per route, not routes.use(): an unknown path must stay a 404, not become a 401.
  const signedIn = requireUser(deps);

  routes.get('/me', signedIn, (c) => c.json(c.get('user')));

  routes.get('/territories', signedIn, async (c) => {
    const scope = c.get('scope');
    const territories = await territoriesSince(deps.sql, 0, scope.all ? null : scope.territoryIds);
    return c.json(territories.sort((a, b) => a.name.localeCompare(b.name, 'fr')));
  });

  return routes;
}
