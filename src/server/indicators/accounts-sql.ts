// SQL of « comptes actifs »: accounts with a sign-in or a sync in the period, read from the activity
// log alone (migration 009), each with the role and territories it had at its last activity of the
// period — so removing an account or changing its territories never rewrites a past period.
import { ROLES } from '../../domain/user';
import { can } from '../../domain/permissions';
import type { SqlRunner } from '../store/sql';
import type { QueryParams, TerritoryKey } from './params';

export interface AccountRow {
  t: TerritoryKey;
  role: string;
  n: number;
}

/** Roles that see every territory (admins): counted in the programme's total, in no territory. */
const EVERYWHERE = ROLES.filter((role) => can({ role, territoryIds: [] }, 'see every territory'));

/**
 * Per counted territory (an account of several counts in each), and the total: every active
 * account for the whole programme, else the territory accounts of a counted territory.
 */
export function activeAccounts(db: SqlRunner, p: QueryParams, programme: boolean): Promise<AccountRow[]> {
  return db.query<AccountRow>(
    `WITH active AS (
        SELECT DISTINCT ON (user_id) user_id, role, territory_ids FROM user_activity
        WHERE at >= $1 AND at < $2 ORDER BY user_id, at DESC, kind)
     SELECT t, a.role, count(*)::int AS n
       FROM active a, unnest(a.territory_ids) AS t
       WHERE t = ANY($3::text[]) AND NOT (a.role = ANY($5::text[])) GROUP BY 1, 2
     UNION ALL
     SELECT NULL, a.role, count(*)::int FROM active a
       WHERE $4::boolean OR (NOT (a.role = ANY($5::text[])) AND a.territory_ids && $3::text[])
       GROUP BY 2`,
    [p.startMs, p.endMs, p.territories, programme, EVERYWHERE],
  );
}
