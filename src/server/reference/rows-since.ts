// Reference rows changed after a cursor, in revision order, limited to some territories or not.
import type { SqlRunner } from '../store/sql';

export function rowsSince<T>(
  db: SqlRunner,
  from: { table: 'territories' | 'parks'; columns: string; territoryColumn: string },
  since: number,
  scope: readonly string[] | null,
): Promise<T[]> {
  const base = `SELECT ${from.columns} FROM ${from.table} WHERE rev > $1`;
  return scope
    ? db.query<T>(`${base} AND ${from.territoryColumn} = ANY($2) ORDER BY rev`, [since, scope])
    : db.query<T>(`${base} ORDER BY rev`, [since]);
}

/** Whether any territory or park of the scope changed after `since` (the live channel's check). */
export async function referenceChangedSince(db: SqlRunner, since: number, scope: readonly string[] | null): Promise<boolean> {
  for (const [table, territoryColumn] of [['parks', 'territory_id'], ['territories', 'id']] as const) {
    const base = `SELECT 1 AS one FROM ${table} WHERE rev > $1`;
    const rows = scope
      ? await db.query(`${base} AND ${territoryColumn} = ANY($2) LIMIT 1`, [since, scope])
      : await db.query(`${base} LIMIT 1`, [since]);
    if (rows.length > 0) return true;
  }
  return false;
}
