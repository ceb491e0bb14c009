// One company as the server holds it, for a device that needs a fresh copy; 403 outside the
// user's territories.
import { Hono } from 'hono';
import { IdSchema } from '../../domain/record';
import { ApiFailure } from '../http/api-error';
import type { AppEnv, ServerDeps } from '../http/app-env';
import { requireUser } from '../http/require-user';
import { invalid } from '../http/validate';
import { FORBIDDEN_MESSAGE } from '../sync/apply-push';
import { findRecord } from '../sync/records-repo';
import { mayAccess } from '../sync/scope';

export function companyRoutes(deps: ServerDeps) {
  const routes = new Hono<AppEnv>();
  // Per route, not routes.use(): an unknown path must stay a 404, not become a 401.
  const signedIn = requireUser(deps);

  routes.get('/:id', signedIn, async (c) => {
    const id = IdSchema.safeParse(c.req.param('id'));
    if (!id.success) throw invalid(id.error, 'id');
    const found = await findRecord(deps.sql, 'companies', id.data);
    if (!found) throw new ApiFailure(404, 'Entreprise introuvable', 'id');
    if (!mayAccess(c.get('scope'), found.territoryId)) throw new ApiFailure(403, FORBIDDEN_MESSAGE, 'territoryId', 'territory-forbidden');
    return c.json(found.data);
  });

  return routes;
}
