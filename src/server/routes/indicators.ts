// GET /api/v1/indicators: the programme's indicators from the server's base, role-scoped.
// Advisors and animators are refused (403): they see their territories' figures on their device,
// and the programme's figures are the referents' and admins' to report. A referent gets their
// territories only; an admin every territory, the programme's total included.
import { Hono } from 'hono';
import { INDICATOR_LIST, IndicatorQuerySchema, type IndicatorResponse } from '../../domain/indicators';
import { can, territoryLimit } from '../../domain/permissions';
import { ApiFailure } from '../http/api-error';
import type { AppEnv, ServerDeps } from '../http/app-env';
import { requireUser } from '../http/require-user';
import { readQuery } from '../http/validate';
import { serverReport } from '../indicators/server-report';

export const INDICATORS_REFUSAL =
  'Les indicateurs du programme sont réservés aux référents et aux administrateurs ; ceux de vos territoires sont sur la page « Indicateurs » de l’appareil.';

export function indicatorRoutes(deps: ServerDeps) {
  const routes = new Hono<AppEnv>();

  routes.get('/', requireUser(deps), async (c) => {
    const user = c.get('user');
    if (!can(user, 'read indicators')) throw new ApiFailure(403, INDICATORS_REFUSAL);
    const query = readQuery(c, IndicatorQuerySchema);
    const known = (await deps.sql.query<{ id: string }>('SELECT id FROM territories ORDER BY id')).map((r) => r.id);
    const limit = territoryLimit(user);
    const allowed = limit === undefined ? known : limit.filter((t) => known.includes(t));
    const asked = query.territoryIds ?? allowed;
    const unknown = asked.find((t) => !known.includes(t));
    if (unknown) throw new ApiFailure(400, `Territoire inconnu : ${unknown}`, 'territory');
    const foreign = asked.find((t) => !allowed.includes(t));
    if (foreign) throw new ApiFailure(403, `Le territoire ${foreign} n’est pas l’un des vôtres`, 'territory', 'territory-forbidden');
    const report = await serverReport(deps.sql, {
      range: query.range,
      territoryIds: asked,
      programme: can(user, 'read programme indicators') && query.territoryIds === undefined,
    });
    const body: IndicatorResponse = { ...report, definitions: INDICATOR_LIST };
    return c.json(body);
  });

  return routes;
}
