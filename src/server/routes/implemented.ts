// GET /api/v1/indicators/implemented: the implemented synergies of a period (the list behind
// « Gains réalisés »), read from the server's follow-ups by the shared rule (domain/indicators).
import { Hono } from 'hono';
import { FollowupSchema } from '../../domain/followup';
import { implementedSynergies, IndicatorQuerySchema, rangeBounds } from '../../domain/indicators';
import type { AppEnv, ServerDeps } from '../http/app-env';
import { requireUser } from '../http/require-user';
import { readQuery } from '../http/validate';
import { indicatorScope } from './indicators';

export function implementedRoutes(deps: ServerDeps) {
  const routes = new Hono<AppEnv>();
  routes.get('/', requireUser(deps), async (c) => {
    const query = readQuery(c, IndicatorQuerySchema);
    const scope = await indicatorScope(deps, c.get('user'), query);
    const { startMs, endMs } = rangeBounds(query.range);
    const rows = await deps.sql.query<{ data: unknown }>(
      `SELECT data FROM records WHERE tbl = 'followups' AND NOT deleted
         AND (data->>'createdAt')::bigint >= $1 AND (data->>'createdAt')::bigint < $2
         AND EXISTS (SELECT 1 FROM jsonb_array_elements_text(data->'territoryIds') x WHERE x = ANY($3::text[]))`,
      [startMs, endMs, scope.territoryIds],
    );
    const leads = rows.map((r) => FollowupSchema.safeParse(r.data)).flatMap((p) => (p.success ? [p.data] : []));
    return c.json({ synergies: implementedSynergies(leads, query.range, scope.territoryIds) });
  });
  return routes;
}
