// The signed-in user and the territories they may see.
import { Hono } from 'hono';
import type { Territory } from '../../domain/territory';
import type { AppEnv, ServerDeps } from '../http/app-env';
import { requireUser } from '../http/require-user';
import { mayAccess } from '../sync/scope';

interface TerritoryRow {
  id: string;
  name: string;
  kind: Territory['kind'];
  created_at: number;
  updated_at: number;
}

export function accountRoutes(deps: ServerDeps) {
  const routes = new Hono<AppEnv>();
  // Per route, not routes.use(): an unknown path must stay a 404, not become a 401.
  const signedIn = requireUser(deps);

  routes.get('/me', signedIn, (c) => c.json(c.get('user')));

  routes.get('/territories', signedIn, async (c) => {
    const rows = await deps.sql.query<TerritoryRow>('SELECT id, name, kind, created_at, updated_at FROM territories ORDER BY name');
    const scope = c.get('scope');
    const territories: Territory[] = rows
      .filter((r) => mayAccess(scope, r.id))
      .map((r) => ({ id: r.id, name: r.name, kind: r.kind, createdAt: Number(r.created_at), updatedAt: Number(r.updated_at), rev: 0, deleted: false }));
    return c.json(territories);
  });

  return routes;
}
