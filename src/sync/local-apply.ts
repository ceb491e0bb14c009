// Writes a record received from the server into Dexie, directly (never through writeSynced: what
// comes from the server must not go back to it), merged with the fields still pending here; and
// removes the records that left the user's territories.
import type { Table } from 'dexie';
import type { RefusalCode } from '../domain/refusals';
import { searchKey } from '../domain/company';
import { APPEND_ONLY_FIELDS } from '../domain/followup';
import { IdSchema } from '../domain/record';
import { mappedRawFlux } from '../domain/vocabulary-migration';
import { RECORD_SCHEMAS, type Gone, type SyncedTable } from '../domain/sync-protocol';
import { db } from '../db/database';
import { recordKey } from '../db/outbox-entry';
import { noteFollowupConflict } from './followup-conflicts';
import { mergePulled, pendingFields } from './merge';

type Row = Record<string, unknown>;
export type StoreOutcome = 'stored' | 'stale' | 'invalid';

export const syncedTable = (table: SyncedTable) => db().table(table) as Table<Row, string>;

/** Tables a transaction applying server records must lock. */
export const applyScope = () => [db().companies, db().flux, db().visits, db().followups, db().workshops, db().outbox, db().conflicts];

/**
 * Call inside a transaction over applyScope(). A record that fails our schema (written by a newer
 * version of the app, say) is still stored as is: validated reads show it as unreadable instead of
 * it being lost, and an update of the app makes it readable again.
 */
export async function storeServerRecord(table: SyncedTable, raw: Row, rev: number): Promise<StoreOutcome> {
  const [outcome] = await storeServerRecords([{ table, record: raw, rev }]);
  return outcome!;
}

/**
 * The same for a run of records (a pull page between two removals), read and written in bulk: one
 * read of the local copies and of the pending changes per table, one write per table. A first sync
 * of tens of thousands of records is bound by these round trips, not by the merge itself. Each id
 * appears at most once in a run (the server sends a record's latest state once per page).
 */
export async function storeServerRecords(items: ReadonlyArray<{ table: SyncedTable; record: Row; rev: number }>): Promise<StoreOutcome[]> {
  const outcomes: StoreOutcome[] = new Array(items.length);
  const byTable = new Map<SyncedTable, Array<{ index: number; record: Row; rev: number; valid: boolean }>>();
  items.forEach(({ table, record: raw, rev }, index) => {
    const parsed = RECORD_SCHEMAS[table].safeParse({ ...raw, rev });
    const record = parsed.success ? (parsed.data as Row) : raw;
    if (!IdSchema.safeParse(record.id).success) {
      outcomes[index] = 'invalid';
      return;
    }
    const list = byTable.get(table) ?? [];
    list.push({ index, record, rev, valid: parsed.success });
    byTable.set(table, list);
  });
  for (const [table, list] of byTable) {
    const ids = list.map((i) => i.record.id as string);
    const locals = await syncedTable(table).bulkGet(ids);
    const entries = await db()
      .outbox.where('recordKey')
      .anyOf(ids.map((id) => recordKey(table, id)))
      .toArray();
    const pendingByKey = new Map<string, typeof entries>();
    for (const e of entries) pendingByKey.set(e.recordKey, [...(pendingByKey.get(e.recordKey) ?? []), e]);
    const appendOnly = table === 'followups' ? APPEND_ONLY_FIELDS : [];
    const writes: Row[] = [];
    list.forEach(({ index, record, rev, valid }, i) => {
      const merged = mergePulled(record, rev, locals[i], pendingFields(pendingByKey.get(recordKey(table, ids[i]!)) ?? []), appendOnly);
      if (!merged) {
        outcomes[index] = 'stale';
        return;
      }
      if (table === 'companies') merged.nameKey = searchKey(String(merged.name ?? ''));
      // A flux written by a device of the vocabulary's version 1 reads as the v7 upgrade maps it.
      if (table === 'flux' && valid) Object.assign(merged, mappedRawFlux(merged) ?? {});
      writes.push(merged);
      outcomes[index] = valid ? 'stored' : 'invalid';
    });
    await syncedTable(table).bulkPut(writes);
    if (table === 'followups') for (const merged of writes) await noteFollowupConflict(merged);
  }
  return outcomes;
}

/** Why a pending change of a removed record was not sent (kept aside as a refused change). */
export const GONE_MESSAGE =
  'Cette fiche a été rattachée à un territoire auquel votre compte n’a pas accès : la modification n’a pas été envoyée. Exportez-la ou abandonnez-la.';

/**
 * Call inside a transaction over applyScope(). The record left the user's territories: its local
 * copy goes (with, for a company, its flux and visits), nothing is queued for the server, and a
 * change still waiting here is kept aside as refused, with the reason, never dropped silently.
 */
export async function removeGone(gone: Pick<Gone, 'table' | 'id'>): Promise<void> {
  const key = recordKey(gone.table, gone.id);
  const now = Date.now();
  const pending = await db()
    .outbox.where('recordKey')
    .equals(key)
    .filter((e) => e.rejectedAt === undefined)
    .toArray();
  const errorCode: RefusalCode = 'territory-left';
  for (const entry of pending) await db().outbox.update(entry.seq!, { rejectedAt: now, error: GONE_MESSAGE, errorCode });
  await db().conflicts.where('recordKey').equals(key).delete();
  await syncedTable(gone.table).delete(gone.id);
  if (gone.table !== 'companies') return;
  for (const table of ['flux', 'visits'] as const) {
    const children = await syncedTable(table).where('companyId').equals(gone.id).primaryKeys();
    for (const id of children) await removeGone({ table, id });
  }
}

/**
 * Call inside a transaction over applyScope(). The account no longer sees some territories (an
 * admin took them away): every record received from the server outside `territoryIds` goes as if
 * it had left (removeGone: a change still waiting is kept aside as refused). What was typed here and
 * never sent stays, for its push to say why it is refused. Returns how many records went.
 */
export async function removeOutsideTerritories(territoryIds: readonly string[]): Promise<number> {
  const keep = new Set(territoryIds);
  const received = (r: Row) => typeof r.rev === 'number' && r.rev > 0;
  const outside = (t: unknown) => typeof t === 'string' && !keep.has(t);
  const leaving: Pick<Gone, 'table' | 'id'>[] = [];
  for (const table of ['companies', 'workshops'] as const) {
    const ids = await syncedTable(table)
      .filter((r) => received(r) && outside(r.territoryId))
      .primaryKeys();
    leaving.push(...ids.map((id) => ({ table, id })));
  }
  const followups = await syncedTable('followups')
    .filter((r) => received(r) && Array.isArray(r.territoryIds) && r.territoryIds.length > 0 && r.territoryIds.every(outside))
    .primaryKeys();
  leaving.push(...followups.map((id) => ({ table: 'followups' as const, id })));
  for (const gone of leaving) await removeGone(gone);
  return leaving.length;
}
