// SQL for the synced records table and the applied-mutations journal.
import type { MutationResult, SyncedTable } from '../../domain/sync-protocol';
import type { SqlRunner } from '../store/sql';
import type { FieldRevs, StoredRecord } from './merge';

export interface RecordRow extends StoredRecord {
  territoryId: string;
  companyId: string | null;
  /** Every territory of a record that belongs to several (a follow-up); absent otherwise. */
  territoryIds?: string[];
}

/** The territories a record belongs to, for access checks. */
export const territoriesOfRow = (row: RecordRow): string[] => row.territoryIds ?? [row.territoryId];

interface DbRow {
  rev: number;
  territory_id: string;
  territory_ids: string[] | null;
  company_id: string | null;
  data: Record<string, unknown>;
  field_revs: FieldRevs;
}

const toRecord = (row: DbRow): RecordRow => ({
  rev: Number(row.rev),
  territoryId: row.territory_id,
  companyId: row.company_id,
  ...(row.territory_ids && row.territory_ids.length > 0 ? { territoryIds: row.territory_ids } : {}),
  data: { ...row.data, rev: Number(row.rev) },
  fieldRevs: row.field_revs,
});

export async function findRecord(db: SqlRunner, table: SyncedTable, id: string): Promise<RecordRow | undefined> {
  const [row] = await db.query<DbRow>(
    'SELECT rev, territory_id, territory_ids, company_id, data, field_revs FROM records WHERE tbl = $1 AND id = $2',
    [table, id],
  );
  return row && toRecord(row);
}

/** Several records in one query, keyed `${table}:${id}`. */
export async function findRecords(db: SqlRunner, keys: { table: SyncedTable; id: string }[]): Promise<Map<string, RecordRow>> {
  const rows = await db.query<DbRow & { tbl: string; id: string }>(
    `SELECT tbl, id, rev, territory_id, territory_ids, company_id, data, field_revs FROM records
     WHERE (tbl, id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
    [keys.map((k) => k.table), keys.map((k) => k.id)],
  );
  return new Map(rows.map((r) => [`${r.tbl}:${r.id}`, toRecord(r)]));
}

/** `count` fresh revisions, ascending; unused ones just leave gaps, which pull does not mind. */
export async function takeRevs(db: SqlRunner, count: number): Promise<number[]> {
  if (count === 0) return [];
  const rows = await db.query<{ rev: number }>("SELECT nextval('change_rev') AS rev FROM generate_series(1, $1)", [count]);
  return rows.map((r) => Number(r.rev)).sort((a, b) => a - b);
}

export async function saveRecord(db: SqlRunner, table: SyncedTable, row: RecordRow): Promise<void> {
  await db.query(
    `INSERT INTO records (tbl, id, rev, territory_id, company_id, deleted, data, field_revs, territory_ids)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9::text[])
     ON CONFLICT (tbl, id) DO UPDATE SET rev = EXCLUDED.rev, territory_id = EXCLUDED.territory_id,
       company_id = EXCLUDED.company_id, deleted = EXCLUDED.deleted, data = EXCLUDED.data,
       field_revs = EXCLUDED.field_revs, territory_ids = EXCLUDED.territory_ids`,
    [
      table,
      row.data.id,
      row.rev,
      row.territoryId,
      row.companyId,
      row.data.deleted === true,
      JSON.stringify(row.data),
      JSON.stringify(row.fieldRevs),
      row.territoryIds ?? [],
    ],
  );
}

/**
 * A company moved to another territory: its flux and visits follow, each with a new revision so
 * that devices of the new territory pull them.
 */
export async function moveCompanyChildren(db: SqlRunner, companyId: string, territoryId: string): Promise<void> {
  await db.query(
    `UPDATE records SET territory_id = $2, rev = nextval('change_rev')
     WHERE company_id = $1 AND tbl <> 'companies'`,
    [companyId, territoryId],
  );
}

/** Results of this user's mutation ids already applied, among `ids`. */
export async function findApplied(db: SqlRunner, userId: string, ids: string[]): Promise<Map<string, MutationResult>> {
  const rows = await db.query<{ mutation_id: string; result: MutationResult }>(
    'SELECT mutation_id, result FROM applied_mutations WHERE user_id = $1 AND mutation_id = ANY($2::text[])',
    [userId, ids],
  );
  return new Map(rows.map((r) => [r.mutation_id, r.result]));
}

export async function rememberApplied(db: SqlRunner, results: MutationResult[], clientId: string, userId: string): Promise<void> {
  if (results.length === 0) return;
  await db.query(
    `INSERT INTO applied_mutations (mutation_id, client_id, user_id, result, applied_at)
     SELECT m, $3, $4, r::jsonb, $5 FROM unnest($1::text[], $2::text[]) AS t(m, r)`,
    [results.map((r) => r.mutationId), results.map((r) => JSON.stringify(r)), clientId, userId, Date.now()],
  );
}

export interface PulledRow {
  tbl: SyncedTable;
  rev: number;
  data: Record<string, unknown>;
}

/** Records changed after `since`, in revision order; `territories` null = every territory. */
/** How many records of these territories (all: null) changed after `since`: what a pull has left. */
export async function countChangesSince(db: SqlRunner, since: number, territories: readonly string[] | null): Promise<number> {
  const [row] =
    territories === null
      ? await db.query<{ n: number }>('SELECT count(*)::int AS n FROM records WHERE rev > $1', [since])
      : await db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM records WHERE rev > $1 AND (territory_id = ANY($2::text[]) OR territory_ids && $2::text[])',
          [since, territories],
        );
  return Number(row?.n ?? 0);
}

export async function changesSince(
  db: SqlRunner,
  since: number,
  limit: number,
  territories: readonly string[] | null,
): Promise<PulledRow[]> {
  if (territories === null) {
    return db.query<PulledRow>('SELECT tbl, rev, data FROM records WHERE rev > $1 ORDER BY rev LIMIT $2', [since, limit]);
  }
  // territory_ids: a follow-up spanning several territories reaches the users of each of them.
  return db.query<PulledRow>(
    `SELECT tbl, rev, data FROM records
     WHERE rev > $1 AND (territory_id = ANY($2::text[]) OR territory_ids && $2::text[]) ORDER BY rev LIMIT $3`,
    [since, territories, limit],
  );
}
