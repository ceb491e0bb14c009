// What the server settles about a follow-up's status after the per-field merge: a pushed status
// that lost a conflict gets a conflict line in the history (its moves kept but marked as lost, the
// kept move named), and a rejection reason never stays beside a status other than « Écartée ».
import { FollowupStatusSchema, HistoryEntrySchema, type HistoryEntry } from '../../domain/followup';
import { conflictLine } from '../../domain/followup-history';
import { newId } from '../../domain/ids';
import { refusal, type Refusal } from '../../domain/refusals';
import type { FollowupPlan } from './followup-rules';
import type { MergeResult } from './merge';
import type { RecordRow } from './records-repo';

const entries = (value: unknown): HistoryEntry[] => {
  const parsed = HistoryEntrySchema.array().safeParse(value ?? []);
  return parsed.success ? parsed.data : [];
};

/** Only the server records a conflict: a device sending a conflict line is refused. */
export function forgedConflictLine(plan: FollowupPlan, current: RecordRow | undefined): Refusal | undefined {
  const known = new Set(entries(current?.data.history).map((e) => e.id));
  const forged = (plan.append.history ?? []).some((e) => !known.has(e.id) && (e as { kind?: unknown }).kind === 'conflict');
  return forged ? refusal('invalid', 'Seul le serveur inscrit un conflit de synchronisation dans l’historique') : undefined;
}

export function settleFollowupStatus(
  merged: MergeResult,
  plan: FollowupPlan,
  current: RecordRow | undefined,
  userId: string,
  now: number,
): MergeResult {
  const data = { ...merged.data };
  let changed = merged.changed;
  const pushed = FollowupStatusSchema.safeParse(plan.mutation.patch.status);
  const kept = FollowupStatusSchema.safeParse(current?.data.status);
  if (current && merged.conflicts.includes('status') && pushed.success && kept.success) {
    const line = conflictLine({
      id: newId(now),
      at: now,
      by: userId,
      before: entries(current.data.history),
      sent: plan.append.history ? entries(plan.append.history) : [],
      pushed: pushed.data,
      kept: kept.data,
    });
    if (line) {
      data.history = [...entries(data.history), line];
      changed = true;
    }
  }
  // The reason explained a rejection; beside any other status it would say what did not happen.
  if (data.status !== 'rejected' && data.rejection !== undefined) {
    delete data.rejection;
    changed = true;
  }
  return { ...merged, data, changed };
}
