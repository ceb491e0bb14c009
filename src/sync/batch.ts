// Pure: which outbox entries go in the next push, and the mutation each becomes.
import { cleanPatch, MAX_PUSH_BATCH, type Mutation } from '../domain/sync-protocol';
import type { OutboxEntry } from '../db/outbox-entry';

/** Entries still to push, oldest first: rejected ones wait for the user, not for the server. */
export function nextBatch(entries: readonly OutboxEntry[], max: number = MAX_PUSH_BATCH): OutboxEntry[] {
  return entries
    .filter((e) => e.rejectedAt === undefined)
    .sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0))
    .slice(0, Math.min(max, MAX_PUSH_BATCH));
}

/**
 * The change as it travels: the record's own fields only (search keys such as nameKey stay on
 * this device) and text the server can store (no NUL, no half emoji), cleaned as the server would.
 */
export function toMutation(entry: OutboxEntry): Mutation {
  const patch = cleanPatch(entry.table, entry.patch);
  return {
    mutationId: entry.mutationId,
    table: entry.table,
    recordId: entry.recordId,
    op: entry.op,
    patch,
    baseRev: entry.baseRev,
    clientTime: entry.createdAt,
  };
}
