// GET /api/v1/admin/changes: the server's change log, for admins only (« read change log »), to
// trace a disputed figure back to who changed it and when the change arrived.
import { Hono } from 'hono';
import { ChangeLogQuerySchema } from '../../domain/change-log';
import { can } from '../../domain/permissions';
import { ApiFailure } from '../http/api-error';
import type { AppEnv, ServerDeps } from '../http/app-env';
import { requireUser } from '../http/require-user';
import { readQuery } from '../http/validate';
import { readChangeLog } from '../sync/change-log';

export const CHANGE_LOG_REFUSAL = 'Le journal des modifications est réservé aux administrateurs';

export function changeLogRoutes(deps: ServerDeps) {
  const routes = new Hono<AppEnv>();
  routes.get('/', requireUser(deps), async (c) => {
    if (!can(c.get('user'), 'read change log')) throw new ApiFailure(403, CHANGE_LOG_REFUSAL, undefined, 'role-forbidden');
    return c.json(await readChangeLog(deps.sql, readQuery(c, ChangeLogQuerySchema)));
  });
  return routes;
}
