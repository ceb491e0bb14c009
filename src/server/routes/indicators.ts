// GET /api/v1/indicators: the programme's indicators from the server's base, role-scoped.
// Advisors and animators are refused (403): they see their territories' figures on their device,
// and the programme's figures are the referents' and admins' to report. A referent gets their
// territories only; an admin every territory, the programme's total included. Closed reports,
// targets and per-advisor activity are mounted under it.
import { Hono } from 'hono';
import { INDICATOR_LIST, IndicatorQuerySchema, type IndicatorQuery, type IndicatorResponse } from '../../domain/indicators';
import { can, territoryLimit } from '../../domain/permissions';
import type { User } from '../../domain/user';
import { ApiFailure } from '../http/api-error';
import type { AppEnv, ServerDeps } from '../http/app-env';
import { requireUser } from '../http/require-user';
import { readQuery } from '../http/validate';
import { serverReport } from '../indicators/server-report';
import { advisorActivityRoutes } from './advisor-activity';
import { closedReportRoutes } from './closed-reports';
import { implementedRoutes } from './implemented';
import { targetRoutes } from './targets';

export const INDICATORS_REFUSAL =
  'Les indicateurs du programme sont réservés aux référents et aux administrateurs ; ceux de vos territoires sont sur la page « Indicateurs » de l’appareil.';

export interface IndicatorScope {
  territoryIds: string[];
  programme: boolean;
}

/** The territories a query may count for this user (403 for another's, 400 for an unknown one). */
export async function indicatorScope(deps: ServerDeps, user: User, query: Pick<IndicatorQuery, 'territoryIds'>): Promise<IndicatorScope> {
  if (!can(user, 'read indicators')) throw new ApiFailure(403, INDICATORS_REFUSAL);
  const known = (await deps.sql.query<{ id: string }>('SELECT id FROM territories ORDER BY id')).map((r) => r.id);
  const limit = territoryLimit(user);
  const allowed = limit === undefined ? known : limit.filter((t) => known.includes(t));
  const asked = query.territoryIds ?? allowed;
  const unknown = asked.find((t) => !known.includes(t));
  if (unknown) throw new ApiFailure(400, `Territoire inconnu : ${unknown}`, 'territory');
  const foreign = asked.find((t) => !allowed.includes(t));
  if (foreign) throw new ApiFailure(403, `Le territoire ${foreign} n’est pas l’un des vôtres`, 'territory', 'territory-forbidden');
  return { territoryIds: [...asked], programme: can(user, 'read programme indicators') && query.territoryIds === undefined };
}

export function indicatorRoutes(deps: ServerDeps) {
  const routes = new Hono<AppEnv>();

  routes.get('/', requireUser(deps), async (c) => {
    const query = readQuery(c, IndicatorQuerySchema);
    const scope = await indicatorScope(deps, c.get('user'), query);
    const report = await serverReport(deps.sql, { range: query.range, ...scope });
    const body: IndicatorResponse = { ...report, definitions: INDICATOR_LIST };
    return c.json(body);
  });
  routes.route('/closed', closedReportRoutes(deps));
  routes.route('/targets', targetRoutes(deps));
  routes.route('/advisors', advisorActivityRoutes(deps));
  routes.route('/implemented', implementedRoutes(deps));

  return routes;
}
