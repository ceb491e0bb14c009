// The companies a park change reaches: listed for a merge preview, and rewritten (park id and
// name) when a park is renamed, merged or matched, each with a new revision so that devices pull
// them through the normal sync and mutualisation sees one name.
import { CompanySchema } from '../../domain/company';
import { usesPark, type ParkRef } from '../../domain/park-names';
import type { SqlRunner } from '../store/sql';
import type { FieldRevs } from '../sync/merge';
import { saveRecord, takeRevs } from '../sync/records-repo';

/** Recorded as the writer of the fields it changes: never a device, so a device's edit based on an older revision conflicts visibly. */
export const SERVER_WRITER = 'server:reference-data';

interface CompanyRow {
  id: string;
  rev: number;
  territory_id: string;
  deleted: boolean;
  data: Record<string, unknown>;
  field_revs: FieldRevs;
}

const parkFields = (data: Record<string, unknown>) => ({
  territoryId: String(data.territoryId ?? ''),
  zone: typeof data.zone === 'string' ? data.zone : '',
  parkId: typeof data.parkId === 'string' ? data.parkId : '',
});

/** Companies (tombstones included) of the park's territory that belong to it. */
async function companiesUsing(db: SqlRunner, park: ParkRef): Promise<CompanyRow[]> {
  const rows = await db.query<CompanyRow>(
    "SELECT id, rev, territory_id, deleted, data, field_revs FROM records WHERE tbl = 'companies' AND territory_id = $1",
    [park.territoryId],
  );
  return rows.filter((r) => usesPark(parkFields(r.data), park));
}

/** The live companies a change of this park would rewrite, by name. */
export async function previewCompanies(db: SqlRunner, park: ParkRef): Promise<{ id: string; name: string }[]> {
  return (await companiesUsing(db, park))
    .filter((r) => !r.deleted)
    .map((r) => ({ id: r.id, name: String(r.data.name ?? r.id) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/**
 * Points every company of `park` at `target` (its id and current name). Call inside
 * withRevisionLock. Returns how many live companies were rewritten.
 */
export async function repointCompanies(tx: SqlRunner, park: ParkRef, target: { id: string; name: string }): Promise<number> {
  const rows = (await companiesUsing(tx, park)).filter((r) => r.data.parkId !== target.id || r.data.zone !== target.name);
  const revs = await takeRevs(tx, rows.length);
  const now = Date.now();
  let live = 0;
  for (const [i, row] of rows.entries()) {
    const rev = revs[i]!;
    const parsed = CompanySchema.safeParse({ ...row.data, parkId: target.id, zone: target.name, updatedAt: now, rev });
    // A record an older server stored that no longer validates is left as it is, not broken further.
    if (!parsed.success) continue;
    const write = { rev, client: SERVER_WRITER };
    const fieldRevs: FieldRevs = { ...row.field_revs, parkId: write, zone: write, updatedAt: write };
    await saveRecord(tx, 'companies', { data: parsed.data, rev, fieldRevs, territoryId: row.territory_id, companyId: null });
    if (!row.deleted) live++;
  }
  return live;
}
