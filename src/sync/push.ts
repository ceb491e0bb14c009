// Drains the outbox to the server in batches, oldest first. Entries are frozen (sentAt) before
// they leave, so a push cut by the network is resent later with the same mutation ids and the
// server, which remembers them, applies each change once.
import type { RefusalCode } from '../domain/refusals';
import { MAX_PUSH_BATCH, type MutationResult } from '../domain/sync-protocol';
import { db } from '../db/database';
import { recordKey, type ConflictEntry, type OutboxEntry } from '../db/outbox-entry';
import { fail, MESSAGES, ok, type Result } from './errors';
import { nextBatch, toMutation } from './batch';
import { applyScope, storeServerRecord } from './local-apply';
import { conflictLineFor } from './followup-conflicts';
import { pickFields } from './merge';
import type { Transport } from './transport';

export interface PushOutcome {
  applied: number;
  conflicts: number;
  rejected: number;
  /** Companies whose changes were sent (their business park may need settling). */
  companyIds: string[];
}

/** Picks the next batch and marks it sent, in one transaction so no edit slips in between. */
async function claimBatch(max: number): Promise<OutboxEntry[]> {
  const outbox = db().outbox;
  return db().transaction('rw', outbox, async () => {
    const batch = nextBatch(await outbox.toArray(), max);
    const now = Date.now();
    for (const entry of batch) {
      if (entry.sentAt === undefined) {
        entry.sentAt = now;
        await outbox.update(entry.seq!, { sentAt: now });
      }
    }
    return batch;
  });
}

/** One conflict per record: a new conflict on a record already in conflict adds to it. */
async function recordConflict(entry: OutboxEntry, result: Extract<MutationResult, { status: 'conflict' }>) {
  const key = recordKey(entry.table, entry.recordId);
  const existing = await db().conflicts.where('recordKey').equals(key).first();
  const local = pickFields(entry.patch, result.fields);
  const historyConflictId =
    (entry.table === 'followups' && result.fields.includes('status') ? conflictLineFor(result.server, entry.patch.history) : undefined) ??
    existing?.historyConflictId;
  const conflict: ConflictEntry = {
    // A notice of a colleague's lost status gives way to this device's own conflict.
    id: existing && !existing.notice ? existing.id : entry.mutationId,
    table: entry.table,
    recordId: entry.recordId,
    recordKey: key,
    fields: [...new Set([...(existing && !existing.notice ? existing.fields : []), ...result.fields])],
    local: { ...(existing && !existing.notice ? existing.local : {}), ...local },
    server: result.server,
    createdAt: existing?.createdAt ?? Date.now(),
    ...(historyConflictId ? { historyConflictId } : {}),
  };
  if (existing?.notice) await db().conflicts.delete(existing.id);
  await db().conflicts.put(conflict);
}

async function applyResults(batch: readonly OutboxEntry[], results: readonly MutationResult[], outcome: PushOutcome) {
  const byMutation = new Map(batch.map((e) => [e.mutationId, e]));
  let handled = 0;
  await db().transaction('rw', applyScope(), async () => {
    for (const result of results) {
      const entry = byMutation.get(result.mutationId);
      if (!entry) continue;
      handled++;
      switch (result.status) {
        case 'applied':
        case 'duplicate':
          // The local rev is NOT moved to result.rev: other devices' changes to other fields may
          // sit between our base and that rev, unseen here. Claiming that rev would let the next
          // edit overwrite them silently; the pull that follows sets the rev with their values.
          await db().outbox.delete(entry.seq!);
          outcome.applied++;
          break;
        case 'conflict':
          // The local record takes the server's merged version; the local values of the
          // conflicting fields wait in the conflict entry until the user chooses.
          await db().outbox.delete(entry.seq!);
          await recordConflict(entry, result);
          await storeServerRecord(entry.table, result.server, result.rev);
          outcome.conflicts++;
          break;
        case 'rejected':
          // Never dropped silently: kept aside, shown with the server's reason.
          await db().outbox.update(entry.seq!, { rejectedAt: Date.now(), error: result.error, errorCode: result.code });
          outcome.rejected++;
          break;
      }
    }
  });
  return handled;
}

async function rejectAll(batch: readonly OutboxEntry[], error: string, errorCode: string | undefined, outcome: PushOutcome) {
  const now = Date.now();
  await db().outbox.bulkUpdate(batch.map((e) => ({ key: e.seq!, changes: { rejectedAt: now, error, errorCode } })));
  outcome.rejected += batch.length;
}

/** Answers that refuse a batch whole for what is in it: one entry may be the cause. */
const REFUSED_WHOLE = new Set([400, 413]);

export async function pushOutbox(
  transport: Transport,
  token: string,
  clientId: string,
  batchSize: number = MAX_PUSH_BATCH,
): Promise<Result<PushOutcome>> {
  const outcome: PushOutcome = { applied: 0, conflicts: 0, rejected: 0, companyIds: [] };
  let size = batchSize;
  for (;;) {
    const batch = await claimBatch(size);
    if (batch.length === 0) return ok(outcome);
    for (const e of batch) if (e.table === 'companies') outcome.companyIds.push(e.recordId);
    const response = await transport.push(token, { clientId, mutations: batch.map(toMutation) });
    if (!response.ok && response.error.status === 403) {
      // The server refuses a push whole when every change in it is outside the user's
      // territories: each is then refused, kept aside like any rejected change.
      // A 403 on a push means exactly that, even from a server older than refusal codes.
      const code: RefusalCode = 'territory-forbidden';
      await rejectAll(
        batch,
        response.error.serverMessage ?? 'Territoire non autorisé pour ce compte',
        response.error.code ?? code,
        outcome,
      );
      continue;
    }
    if (!response.ok && REFUSED_WHOLE.has(response.error.status ?? 0)) {
      // A poison entry must not hold the rest of the outbox back for ever: halve the batch until
      // the culprit is alone, then keep it aside with the server's reason and go on with the others.
      if (batch.length > 1) size = Math.ceil(batch.length / 2);
      else await rejectAll(batch, response.error.serverMessage ?? response.error.message, response.error.code, outcome);
      continue;
    }
    if (!response.ok) return response;
    size = Math.min(batchSize, size * 2);
    // A server that answers none of our mutations would make us loop forever.
    if ((await applyResults(batch, response.value.results, outcome)) === 0) {
      return fail({ kind: 'invalid-response', message: MESSAGES.invalidResponse });
    }
  }
}
