// Reference rows changed after a cursor, in revision order, limited to some territories or not.
import type { SqlRunner } from '../store/sql';

/** `base` (whose $1 is the cursor) limited to some territories, or not (`scope` null). */
function scoped<T>(
  db: SqlRunner,
  base: string,
  territoryColumn: string,
  tail: string,
  since: number,
  scope: readonly string[] | null,
): Promise<T[]> {
  return scope ? db.query<T>(`${base} AND ${territoryColumn} = ANY($2) ${tail}`, [since, scope]) : db.query<T>(`${base} ${tail}`, [since]);
}

export function rowsSince<T>(
  db: SqlRunner,
  from: { table: 'territories' | 'parks'; columns: string; territoryColumn: string },
  since: number,
  scope: readonly string[] | null,
): Promise<T[]> {
  return scoped<T>(db, `SELECT ${from.columns} FROM ${from.table} WHERE rev > $1`, from.territoryColumn, 'ORDER BY rev', since, scope);
}

/** Whether any territory or park of the scope changed after `since` (the live channel's check). */
export async function referenceChangedSince(db: SqlRunner, since: number, scope: readonly string[] | null): Promise<boolean> {
  for (const [table, territoryColumn] of [
    ['parks', 'territory_id'],
    ['territories', 'id'],
  ] as const) {
    if ((await scoped(db, `SELECT 1 AS one FROM ${table} WHERE rev > $1`, territoryColumn, 'LIMIT 1', since, scope)).length > 0)
      return true;
  }
  return false;
}
