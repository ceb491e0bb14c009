// One query per check, whatever the number of listeners: the highest revision written in each
// territory since a cursor (records, follow-ups of several territories, records that left a
// territory, business parks, the territories themselves). Listeners are then told in memory.
import type { SqlRunner } from '../store/sql';

export interface TerritoryRevs {
  /** Highest revision per territory id. */
  byTerritory: Map<string, number>;
  /** Highest revision of all (0 when nothing was written after the cursor). */
  latest: number;
}

export async function territoryRevsSince(db: SqlRunner, since: number): Promise<TerritoryRevs> {
  const rows = await db.query<{ t: string; rev: number }>(
    `SELECT t, MAX(rev)::bigint AS rev FROM (
       SELECT territory_id AS t, rev FROM records WHERE rev > $1
       UNION ALL SELECT unnest(territory_ids), rev FROM records WHERE rev > $1 AND cardinality(territory_ids) > 0
       UNION ALL SELECT territory_id, rev FROM territory_exits WHERE rev > $1
       UNION ALL SELECT territory_id, rev FROM parks WHERE rev > $1
       UNION ALL SELECT id, rev FROM territories WHERE rev > $1
     ) AS written GROUP BY t`,
    [since],
  );
  const byTerritory = new Map<string, number>();
  let latest = 0;
  for (const row of rows) {
    const rev = Number(row.rev);
    byTerritory.set(row.t, rev);
    latest = Math.max(latest, rev);
  }
  return { byTerritory, latest };
}
