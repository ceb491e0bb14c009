// A follow-up's status conflict on the device: which conflict line of the history a lost push
// belongs to, a notice for the referents whose status was kept (the winner is told too, by name),
// and what a conflict line says in words. The rule itself is src/domain/followup-history.ts.
import {
  FOLLOWUP_STATUS_LABELS,
  FollowupStatusSchema,
  HistoryEntrySchema,
  can,
  newId,
  openConflicts,
  readHistory,
  resolutionLine,
  type HistoryEntry,
} from '../domain';
import { db } from '../db/database';
import { recordKey, type ConflictEntry } from '../db/outbox-entry';
import { session } from './session-state';

type Row = Record<string, unknown>;

export const historyOf = (record: Row | undefined): HistoryEntry[] => {
  const parsed = HistoryEntrySchema.array().safeParse(record?.history ?? []);
  return parsed.success ? parsed.data : [];
};

/** The open conflict line that marks one of `sent`'s moves as lost (else the newest open one). */
export function conflictLineFor(server: Row, sent: unknown): string | undefined {
  const ids = new Set(historyOf({ history: sent }).map((e) => e.id));
  const open = openConflicts(historyOf(server));
  return (open.find((line) => (line.lost ?? []).some((id) => ids.has(id))) ?? open.at(-1))?.id;
}

/** Only someone who may decide the follow-up can settle its conflict. */
function mayDecide(record: Row): boolean {
  const state = session.get().state;
  if (state.kind !== 'active' && state.kind !== 'expired') return false;
  const territoryIds = Array.isArray(record.territoryIds) ? record.territoryIds.filter((t): t is string => typeof t === 'string') : [];
  return can(state.user, 'decide followup', { territoryIds });
}

/**
 * Call inside a transaction over applyScope(), after storing a follow-up from the server: an
 * unsettled conflict line that this device has no conflict for becomes a notice, so the referent
 * whose status was kept (and any other referent of it) is told, not only the one who lost.
 */
export async function noteFollowupConflict(record: Row): Promise<void> {
  if (typeof record.id !== 'string') return;
  const key = recordKey('followups', record.id);
  const open = openConflicts(historyOf(record));
  const existing = await db().conflicts.where('recordKey').equals(key).first();
  // A notice goes once a colleague has settled its conflict (their resolution line arrived).
  if (existing?.notice && !open.some((l) => l.id === existing.historyConflictId)) await db().conflicts.delete(existing.id);
  else if (existing) return;
  const line = open.at(-1);
  if (!line || record.deleted === true || !mayDecide(record)) return;
  const notice: ConflictEntry = {
    id: `notice-${line.id}`,
    table: 'followups',
    recordId: record.id,
    recordKey: key,
    fields: ['status'],
    local: { status: record.status },
    server: record,
    createdAt: Date.now(),
    historyConflictId: line.id,
    notice: true,
  };
  await db().conflicts.put(notice);
}

export interface ConflictStory {
  /** Who lost and the status they had chosen. */
  lostBy: string;
  lostStatus: string;
  /** Who won (absent when the history does not say) and the status kept. */
  wonBy?: string;
  keptStatus: string;
}

const label = (s: string) => FOLLOWUP_STATUS_LABELS[s as keyof typeof FOLLOWUP_STATUS_LABELS] ?? s;
const nameOf = (e: HistoryEntry | undefined) => e?.byName || 'un collègue';

/** A conflict line in people's words: names from the history, never account ids. */
export function conflictStory(record: Row, lineId: string | undefined): ConflictStory | undefined {
  const line = readHistory(historyOf(record)).find((l) => l.entry.id === lineId);
  if (!line || line.outcome.kind !== 'conflict') return undefined;
  const lost = line.outcome.lost.at(-1);
  return {
    lostBy: nameOf(lost ?? line.entry),
    lostStatus: label(line.entry.from ?? ''),
    wonBy: line.outcome.winner ? nameOf(line.outcome.winner) : undefined,
    keptStatus: label(line.entry.to),
  };
}

/**
 * The follow-up a resolution saves: a rejection reason only with « Écartée », and a history line —
 * a resolution of the conflict line (a move when another status than the kept one is chosen), or a
 * plain move when an older conflict left no line. So the newest line always agrees with the status.
 */
export function withResolution(
  conflict: Pick<ConflictEntry, 'historyConflictId'>,
  current: Row,
  candidate: Row,
  actor: { id: string; name: string },
  now: number,
): Row {
  const next: Row = { ...candidate };
  if (next.status !== 'rejected') delete next.rejection;
  const from = FollowupStatusSchema.safeParse(current.status);
  const to = FollowupStatusSchema.safeParse(next.status);
  if (!from.success || !to.success) return next;
  const history = historyOf(current);
  const line = history.find((e) => e.id === conflict.historyConflictId && e.kind === 'conflict');
  const comment = 'Conflit de synchronisation résolu';
  if (line) {
    next.history = [...history, resolutionLine({ id: newId(now), at: now, actor, conflict: line, from: from.data, to: to.data })];
  } else if (from.data !== to.data) {
    const at = Math.max(now, ...history.map((e) => e.at + 1));
    next.history = [
      ...history,
      { id: newId(at), at, by: actor.id, byName: actor.name.slice(0, 120), from: from.data, to: to.data, comment },
    ];
  }
  return next;
}
