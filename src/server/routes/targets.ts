// Targets per territory and year: GET lists a year's targets of the territories one reads
// (referents: theirs; admins: all); PUT sets one (admins only), the value 0 included.
import { Hono } from 'hono';
import { TargetQuerySchema, TargetSchema, type Target, type TargetIndicator } from '../../domain/indicators';
import { can, territoryLimit } from '../../domain/permissions';
import { ApiFailure } from '../http/api-error';
import type { AppEnv, ServerDeps } from '../http/app-env';
import { requireUser } from '../http/require-user';
import { readBody, readQuery } from '../http/validate';
import { INDICATORS_REFUSAL } from './indicators';

export function targetRoutes(deps: ServerDeps) {
  const routes = new Hono<AppEnv>();

  routes.get('/', requireUser(deps), async (c) => {
    const user = c.get('user');
    if (!can(user, 'read indicators')) throw new ApiFailure(403, INDICATORS_REFUSAL);
    const { year } = readQuery(c, TargetQuerySchema);
    const rows = await deps.sql.query<{ territory_id: string; year: number; indicator: TargetIndicator; value: number }>(
      'SELECT territory_id, year, indicator, value FROM indicator_targets WHERE year = $1 ORDER BY territory_id, indicator',
      [year],
    );
    const limit = territoryLimit(user);
    const targets: Target[] = rows
      .filter((r) => limit === undefined || limit.includes(r.territory_id))
      .map((r) => ({ territoryId: r.territory_id, year: Number(r.year), indicator: r.indicator, value: Number(r.value) }));
    return c.json({ targets });
  });

  routes.put('/', requireUser(deps), async (c) => {
    if (!can(c.get('user'), 'set indicator targets')) throw new ApiFailure(403, 'Seuls les administrateurs fixent les objectifs.');
    const target = await readBody(c, TargetSchema);
    const known = await deps.sql.query('SELECT 1 FROM territories WHERE id = $1', [target.territoryId]);
    if (known.length === 0) throw new ApiFailure(400, `Territoire inconnu : ${target.territoryId}`, 'territoryId');
    await deps.sql.query(
      `INSERT INTO indicator_targets (territory_id, year, indicator, value, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (territory_id, year, indicator) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at`,
      [target.territoryId, target.year, target.indicator, target.value, Date.now()],
    );
    return c.json(target);
  });

  return routes;
}
