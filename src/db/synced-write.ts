// Every change to a synced record goes through here: the record and its outbox entry are written
// in one transaction, so no change can be stored without being queued for sync, nor the reverse.
import type { Table } from 'dexie';
import { newId } from '../domain/ids';
import type { SyncedTable } from '../domain/sync-protocol';
import { db } from './database';
import { recordKey, type OutboxEntry } from './outbox-entry';

interface SyncedRecord {
  id: string;
  rev: number;
  deleted: boolean;
  updatedAt: number;
}

/** A cleared field travels as null: JSON would drop an undefined, and the server never learn it. */
function pick(record: object, fields: readonly string[]): Record<string, unknown> {
  const source = record as Record<string, unknown>;
  return Object.fromEntries(fields.map((f) => [f, source[f] === undefined ? null : source[f]]));
}

/** Merges this change into the record's unsent outbox entry, or queues a new one. */
async function enqueue(table: SyncedTable, record: SyncedRecord, changed: readonly string[], op: 'upsert' | 'delete'): Promise<void> {
  const outbox = db().outbox;
  const key = recordKey(table, record.id);
  const pending = (await outbox.where('recordKey').equals(key).toArray()).find((e) => e.sentAt === undefined);
  // A record the server has never seen travels whole, so the server can validate it.
  const isNew = record.rev === 0;
  const patch = isNew ? { ...(record as object) } : pick(record, [...changed, 'updatedAt', 'deleted']);
  if (pending) {
    await outbox.update(pending.seq!, { op, patch: isNew ? patch : { ...pending.patch, ...patch } });
    return;
  }
  const entry: OutboxEntry = {
    mutationId: newId(),
    table,
    recordId: record.id,
    recordKey: key,
    op,
    patch,
    baseRev: record.rev,
    createdAt: Date.now(),
  };
  await outbox.add(entry);
}

export async function writeSynced<T extends SyncedRecord>(
  tableName: SyncedTable,
  record: T,
  changed: readonly string[],
  op: 'upsert' | 'delete' = 'upsert',
): Promise<T> {
  const database = db();
  const table = database.table(tableName) as Table<T, string>;
  const stamped = { ...record, updatedAt: Date.now() };
  await database.transaction('rw', [table, database.outbox], async () => {
    await table.put(stamped);
    await enqueue(tableName, stamped, changed, op);
  });
  return stamped;
}

/**
 * Read-modify-write of one record inside a single transaction: two edits of different fields
 * saved at the same moment (two autosaved fields) both land, neither overwrites the other.
 * `build` may throw (a ZodError for invalid input): nothing is written then.
 */
export async function updateSynced<T extends SyncedRecord>(
  tableName: SyncedTable,
  id: string,
  build: (before: T) => T,
  op: 'upsert' | 'delete' = 'upsert',
): Promise<T> {
  const database = db();
  const table = database.table(tableName) as Table<T, string>;
  return database.transaction('rw', [table, database.outbox], async () => {
    const before = await table.get(id);
    if (!before) throw new Error('Enregistrement introuvable');
    const after = build(before);
    const changed = changedFields(before, after);
    if (changed.length === 0) return after;
    const stamped = { ...after, updatedAt: Date.now() };
    await table.put(stamped);
    await enqueue(tableName, stamped, changed, op);
    return stamped;
  });
}

/** Fields whose value differs between two versions of a record. */
export function changedFields(before: object, after: object): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => k !== 'updatedAt' && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}
