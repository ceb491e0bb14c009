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
    // Pages by id: a large base is never held at once.
    const rows = await tx.query<Row>(
      `SELECT id, territory_id, company_id, data, field_revs FROM records
        WHERE tbl = 'flux' AND NOT deleted AND id > $1 ORDER BY id LIMIT ${PAGE}`,
      [after],
    );
    for (const row of rows) {
      const { row: mapped, fields, review } = mapRawFlux(row.data);
      if (review) {
        await tx.query(
          `INSERT INTO flux_vocabulary_review (flux_id, territory_id, company_id, label, listed_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (flux_id) DO NOTHING`,
          [row.id, row.territory_id, row.company_id, typeof row.data.label === 'string' ? row.data.label : '', now],
        );
        result.review++;
      }
      if (!mapped) continue;
      const [{ rev } = { rev: 0 }] = await tx.query<{ rev: number }>("SELECT nextval('change_rev') AS rev");
      const newRev = Number(rev);
      const fieldRevs: FieldRevs = { ...row.field_revs };
      for (const field of fields) fieldRevs[field] = { rev: newRev, client: VOCABULARY_MIGRATION_CLIENT };
      await tx.query(`UPDATE records SET rev = $2, data = $3::jsonb, field_revs = $4::jsonb WHERE tbl = 'flux' AND id = $1`, [
        row.id,
        newRev,
        JSON.stringify({ ...mapped, rev: newRev }),
        JSON.stringify(fieldRevs),
      ]);
      await tx.query(
        `INSERT INTO change_log (rev, tbl, record_id, user_id, client_id, received_at, op, fields)
         VALUES ($1, 'flux', $2, 'serveur', $3, $4, 'update', $5::text[])`,
        [newRev, row.id, VOCABULARY_MIGRATION_CLIENT, now, fields],
      );
      result.mapped++;
    }
    if (rows.length < PAGE) break;
    after = rows[rows.length - 1]!.id;
  }
  return result;
}
