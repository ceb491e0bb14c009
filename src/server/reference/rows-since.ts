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
