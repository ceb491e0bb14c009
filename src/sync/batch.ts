// Pure: which outbox entries go in the next push, and the mutation each becomes.
import { MAX_PUSH_BATCH, type Mutation } from '../domain/sync-protocol';
import type { OutboxEntry } from '../db/outbox-entry';

/** Fields that exist only on this device (search keys) and never travel. */
const LOCAL_ONLY_FIELDS = ['nameKey'];

/** Entries still to push, oldest first: rejected ones wait for the user, not for the server. */
export function nextBatch(entries: readonly OutboxEntry[], max: number = MAX_PUSH_BATCH): OutboxEntry[] {
  return entries
    .filter((e) => e.rejectedAt === undefined)
    .sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0))
    .slice(0, Math.min(max, MAX_PUSH_BATCH));
}

export function toMutation(entry: OutboxEntry): Mutation {
  const patch = { ...entry.patch };
  for (const f of LOCAL_ONLY_FIELDS) delete patch[f];
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
