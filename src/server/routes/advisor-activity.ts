// GET /api/v1/indicators/advisors: each person's activity in a period — visits, companies, flux and
// leads they created (from the change log's « create » lines, dated by the records' own dates),
// live records of the territories counted. For managers only (« read advisor activity »).
import { Hono } from 'hono';
import { IndicatorQuerySchema, type AdvisorActivity } from '../../domain/indicators';
import { can } from '../../domain/permissions';
import { ApiFailure } from '../http/api-error';
import type { AppEnv, ServerDeps } from '../http/app-env';
import { requireUser } from '../http/require-user';
import { readQuery } from '../http/validate';
import { queryParams } from '../indicators/params';
import { indicatorScope } from './indicators';

const REFUSAL = 'L’activité par conseiller est réservée aux référents (leurs territoires) et aux administrateurs.';

interface Row {
  user_id: string;
  name: string | null;
  role: string | null;
  tbl: 'visits' | 'companies' | 'flux' | 'followups';
  n: number;
}

export function advisorActivityRoutes(deps: ServerDeps) {
  const routes = new Hono<AppEnv>();

  routes.get('/', requireUser(deps), async (c) => {
    const user = c.get('user');
    if (!can(user, 'read advisor activity')) throw new ApiFailure(403, REFUSAL);
    const query = readQuery(c, IndicatorQuerySchema);
    const scope = await indicatorScope(deps, user, query);
    const p = queryParams(query.range, scope.territoryIds);
    const rows = await deps.sql.query<Row>(
      `SELECT cl.user_id, u.name, u.role, r.tbl, count(DISTINCT r.id)::int AS n
       FROM change_log cl
         JOIN records r ON r.tbl = cl.tbl AND r.id = cl.record_id
         LEFT JOIN users u ON u.id = cl.user_id
       WHERE cl.op = 'create' AND NOT r.deleted AND r.tbl IN ('visits', 'companies', 'flux', 'followups')
         AND CASE WHEN r.tbl = 'followups'
               THEN EXISTS (SELECT 1 FROM jsonb_array_elements_text(r.data->'territoryIds') x WHERE x = ANY($3::text[]))
               ELSE r.territory_id = ANY($3::text[]) END
         AND CASE WHEN r.tbl = 'visits' THEN r.data->>'date' BETWEEN $1 AND $2
               ELSE (r.data->>'createdAt')::bigint >= $4 AND (r.data->>'createdAt')::bigint < $5 END
       GROUP BY 1, 2, 3, 4`,
      [p.from, p.to, p.territories, p.startMs, p.endMs],
    );
    const byUser = new Map<string, AdvisorActivity>();
    for (const r of rows) {
      const known = r.name !== null;
      const a = byUser.get(r.user_id) ?? {
        userId: known ? r.user_id : null,
        name: known ? r.name! : 'Compte supprimé',
        role: r.role ?? '',
        visits: 0,
        companies: 0,
        flux: 0,
        leads: 0,
      };
      a[r.tbl === 'followups' ? 'leads' : r.tbl] += r.n;
      byUser.set(r.user_id, a);
    }
    const advisors = [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    return c.json({ advisors });
  });

  return routes;
}
