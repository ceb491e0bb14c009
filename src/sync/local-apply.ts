// Writes a record received from the server into Dexie, directly (never through writeSynced: what
// comes from the server must not go back to it), merged with the fields still pending here.
import type { Table } from 'dexie';
import { searchKey } from '../domain/company';
import { APPEND_ONLY_FIELDS } from '../domain/followup';
import { IdSchema } from '../domain/record';
import { RECORD_SCHEMAS, type SyncedTable } from '../domain/sync-protocol';
import { db } from '../db/database';
import { recordKey } from '../db/outbox-entry';
import { mergePulled, pendingFields } from './merge';

type Row = Record<string, unknown>;
export type StoreOutcome = 'stored' | 'stale' | 'invalid';

export const syncedTable = (table: SyncedTable) => db().table(table) as Table<Row, string>;

/** Tables a transaction applying server records must lock. */
export const applyScope = () => [db().companies, db().flux, db().visits, db().followups, db().outbox, db().conflicts];

/**
 * Call inside a transaction over applyScope(). A record that fails our schema (written by a newer
 * version of the app, say) is still stored as is: validated reads show it as unreadable instead of
 * it being lost, and an update of the app makes it readable again.
 */
export async function storeServerRecord(table: SyncedTable, raw: Row, rev: number): Promise<StoreOutcome> {
  const parsed = RECORD_SCHEMAS[table].safeParse({ ...raw, rev });
  const record = parsed.success ? (parsed.data as Row) : raw;
  if (!IdSchema.safeParse(record.id).success) return 'invalid';
  const id = record.id as string;
  const local = await syncedTable(table).get(id);
  const entries = await db().outbox.where('recordKey').equals(recordKey(table, id)).toArray();
  const appendOnly = table === 'followups' ? APPEND_ONLY_FIELDS : [];
  const merged = mergePulled(record, rev, local, pendingFields(entries), appendOnly);
  if (!merged) return 'stale';
  if (table === 'companies') merged.nameKey = searchKey(String(merged.name ?? ''));
  await syncedTable(table).put(merged);
  return parsed.success ? 'stored' : 'invalid';
}
