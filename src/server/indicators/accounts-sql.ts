// SQL of « comptes actifs »: accounts with a sign-in or a sync in the period — from the activity
// log (migration 005), and from sessions and applied mutations for what predates it — by role.
import type { SqlRunner } from '../store/sql';
import type { QueryParams, TerritoryKey } from './params';

export interface AccountRow {
  t: TerritoryKey;
  role: string;
  n: number;
}

/**
 * Per counted territory (an account of several counts in each), and the total: every active
 * account for the whole programme (admins have no territory), else those of a counted territory.
 */
export function activeAccounts(db: SqlRunner, p: QueryParams, programme: boolean): Promise<AccountRow[]> {
  return db.query<AccountRow>(
    `WITH act AS (
        SELECT user_id FROM user_activity WHERE at >= $1 AND at < $2
        UNION SELECT user_id FROM sessions WHERE created_at >= $1 AND created_at < $2
        UNION SELECT user_id FROM applied_mutations WHERE applied_at >= $1 AND applied_at < $2),
      active AS (SELECT u.id, u.role FROM users u JOIN act ON act.user_id = u.id)
     SELECT ut.territory_id AS t, a.role, count(*)::int AS n
       FROM active a JOIN user_territories ut ON ut.user_id = a.id
       WHERE ut.territory_id = ANY($3::text[]) GROUP BY 1, 2
     UNION ALL
     SELECT NULL, a.role, count(*)::int FROM active a
       WHERE $4::boolean OR EXISTS (SELECT 1 FROM user_territories ut WHERE ut.user_id = a.id AND ut.territory_id = ANY($3::text[]))
       GROUP BY 2`,
    [p.startMs, p.endMs, p.territories, programme],
  );
}
