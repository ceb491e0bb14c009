// Changes the server refused (invalid record, territory not allowed): kept aside with the reason
// until the user retries them (as a new change) or gives them up. Never dropped silently.
import { META_FIELDS } from '../domain/record';
import { db } from '../db/database';
import type { OutboxEntry } from '../db/outbox-entry';
import { writeSynced } from '../db/synced-write';
import { applyScope, syncedTable } from './local-apply';

export async function listRejected(): Promise<OutboxEntry[]> {
  return db().outbox.filter((e) => e.rejectedAt !== undefined).toArray();
}

/** Sends the refused values again, as a new change based on the record's current revision. */
export async function retryRejected(seq: number): Promise<void> {
  await db().transaction('rw', applyScope(), async () => {
    const entry = await db().outbox.get(seq);
    if (!entry || entry.rejectedAt === undefined) return;
    const current = await syncedTable(entry.table).get(entry.recordId);
    const skip = new Set<string>([...META_FIELDS, 'nameKey']);
    const fields = Object.keys(entry.patch).filter((f) => !skip.has(f) || f === 'deleted');
    await db().outbox.delete(seq);
    if (!current) return;
    const values = Object.fromEntries(fields.map((f) => [f, entry.patch[f]]));
    const record = { ...current, ...values } as { id: string; rev: number; deleted: boolean; updatedAt: number };
    await writeSynced(entry.table, record, fields, entry.op);
  });
}

/** The user gives up a refused change: it stays on this device only (the record is not touched). */
export async function discardRejected(seq: number): Promise<void> {
  await db().outbox.delete(seq);
}
