// Migration 011's data step: the stored flux through the vocabulary mapping the devices apply
// (domain/vocabulary-migration.ts, the one rule). A changed flux takes a new revision, the fields
// changed are stamped as written by the migration, and the change log says the server made it, so
// devices pull it like any change; an « Autre » nothing fits stays as it was, listed for review.
import { mapRawFlux } from '../../domain/vocabulary-migration';
import type { FieldRevs } from '../sync/merge';
import type { SqlRunner } from './sql';

const PAGE = 1000;
export const VOCABULARY_MIGRATION_CLIENT = 'migration-011';

interface Row {
  id: string;
  territory_id: string;
  company_id: string | null;
  data: Record<string, unknown>;
  field_revs: FieldRevs;
}

export interface VocabularyMigrationResult {
  mapped: number;
  review: number;
}

export async function mapStoredFluxVocabulary(tx: SqlRunner, now = Date.now()): Promise<VocabularyMigrationResult> {
  const result = { mapped: 0, review: 0 };
  let after = '';
  for (;;) {
    // Pages by id: a large base is never held at once. Each page is written in a few statements,
    // not a few per flux, so a regional base's first start takes seconds at most.
    const rows = await tx.query<Row>(
      `SELECT id, territory_id, company_id, data, field_revs FROM records
        WHERE tbl = 'flux' AND NOT deleted AND id > $1 ORDER BY id LIMIT ${PAGE}`,
      [after],
    );
    const changed: { id: string; data: Record<string, unknown>; fields: string[]; fieldRevs: FieldRevs }[] = [];
    const reviews: { flux_id: string; territory_id: string; company_id: string | null; label: string }[] = [];
    for (const row of rows) {
      const { row: mapped, fields, review } = mapRawFlux(row.data);
      if (review) {
        const label = typeof row.data.label === 'string' ? row.data.label : '';
        reviews.push({ flux_id: row.id, territory_id: row.territory_id, company_id: row.company_id, label });
      }
      if (mapped) changed.push({ id: row.id, data: mapped, fields, fieldRevs: row.field_revs });
    }
    await listForReview(tx, reviews, now);
    await writeMapped(tx, changed, now);
    result.review += reviews.length;
    result.mapped += changed.length;
    if (rows.length < PAGE) break;
    after = rows[rows.length - 1]!.id;
  }
  return result;
}

async function listForReview(tx: SqlRunner, reviews: object[], now: number): Promise<void> {
  if (reviews.length === 0) return;
  await tx.query(
    `INSERT INTO flux_vocabulary_review (flux_id, territory_id, company_id, label, listed_at)
     SELECT r.flux_id, r.territory_id, r.company_id, r.label, $2
       FROM jsonb_to_recordset($1::jsonb) AS r(flux_id text, territory_id text, company_id text, label text)
     ON CONFLICT (flux_id) DO NOTHING`,
    [JSON.stringify(reviews), now],
  );
}

/** Each changed flux at a new revision, its mapped fields stamped as the migration's, and logged. */
async function writeMapped(
  tx: SqlRunner,
  changed: { id: string; data: Record<string, unknown>; fields: string[]; fieldRevs: FieldRevs }[],
  now: number,
): Promise<void> {
  if (changed.length === 0) return;
  const revs = (await tx.query<{ rev: number }>("SELECT nextval('change_rev') AS rev FROM generate_series(1, $1)", [changed.length]))
    .map((r) => Number(r.rev))
    .sort((a, b) => a - b);
  const items = changed.map((c, i) => {
    const rev = revs[i]!;
    const fieldRevs: FieldRevs = { ...c.fieldRevs };
    for (const field of c.fields) fieldRevs[field] = { rev, client: VOCABULARY_MIGRATION_CLIENT };
    return { id: c.id, rev, data: { ...c.data, rev }, field_revs: fieldRevs, fields: c.fields };
  });
  const json = JSON.stringify(items);
  await tx.query(
    `UPDATE records AS r SET rev = m.rev, data = m.data, field_revs = m.field_revs
       FROM jsonb_to_recordset($1::jsonb) AS m(id text, rev bigint, data jsonb, field_revs jsonb)
      WHERE r.tbl = 'flux' AND r.id = m.id`,
    [json],
  );
  await tx.query(
    `INSERT INTO change_log (rev, tbl, record_id, user_id, client_id, received_at, op, fields)
     SELECT m.rev, 'flux', m.id, 'serveur', $2, $3, 'update', ARRAY(SELECT jsonb_array_elements_text(m.fields))
       FROM jsonb_to_recordset($1::jsonb) AS m(id text, rev bigint, fields jsonb)`,
    [json, VOCABULARY_MIGRATION_CLIENT, now],
  );
}
