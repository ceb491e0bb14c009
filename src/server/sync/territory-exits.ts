// Records that left a territory (their company moved elsewhere), so devices of that territory are
// told to remove their copies: without it they would keep them for ever and see every later edit
// refused. One row per record and territory left, stamped with a revision like any change.
import type { Gone } from '../../domain/sync-protocol';
import type { SqlRunner } from '../store/sql';

/** Call before the company's children are re-stamped: the company and all its flux and visits leave `from`. */
export async function recordCompanyExit(db: SqlRunner, companyId: string, from: string): Promise<void> {
  await db.query(
    `INSERT INTO territory_exits (rev, territory_id, tbl, id)
     SELECT nextval('change_rev'), $2, tbl, id FROM records
     WHERE (tbl = 'companies' AND id = $1) OR company_id = $1
     ORDER BY tbl, id`,
    [companyId, from],
  );
}

/**
 * Exits after `since` from the given territories, except records that are (again) in one of them
 * (a follow-up: in any of its territories): a user who sees both the old and the new keeps it.
 */
export async function exitsSince(db: SqlRunner, since: number, limit: number, territories: readonly string[]): Promise<Gone[]> {
  const rows = await db.query<{ rev: number; tbl: Gone['table']; id: string }>(
    `SELECT e.rev, e.tbl, e.id FROM territory_exits e
     LEFT JOIN records r ON r.tbl = e.tbl AND r.id = e.id
     WHERE e.rev > $1 AND e.territory_id = ANY($2)
       AND (r.territory_id IS NULL OR NOT (r.territory_id = ANY($2) OR r.territory_ids && $2::text[]))
     ORDER BY e.rev LIMIT $3`,
    [since, territories, limit],
  );
  return rows.map((r) => ({ table: r.tbl, id: r.id, rev: Number(r.rev) }));
}
