// A follow-up's history as it happened: which status changes took effect and which did not (lost a
// sync conflict, or undone at once). One pure rule, read from the record alone, so the device and
// the server count the same stages (indicators) and every screen tells the same story.
import { FOLLOWUP_PIPELINE, type FollowupStatus, type HistoryEntry } from './followup';

/**
 * A move undone within this time is a correction, not a step of the synergy: it covers the toast's
 * « Annuler » and a wrong tap noticed while still on the page, and is far shorter than any real
 * step of a lead (days to months between a meeting and a signed agreement).
 */
export const CORRECTION_WINDOW_MS = 10 * 60 * 1000;

export type LineOutcome =
  /** The move took effect; `corrects` when it undid the move before it. */
  | { kind: 'effective'; corrects?: HistoryEntry }
  /** Pushed from a device, it lost a sync conflict: the status was never this. */
  | { kind: 'lost'; conflict: HistoryEntry; winner?: HistoryEntry }
  /** Undone within the correction window by `by`. */
  | { kind: 'corrected'; by: HistoryEntry }
  /** The server's record of a conflict; `resolution` once a referent settled it. */
  | { kind: 'conflict'; lost: HistoryEntry[]; winner?: HistoryEntry; resolution?: HistoryEntry }
  /** A conflict settled without a move (the kept status confirmed). */
  | { kind: 'resolution'; conflict?: HistoryEntry };

export interface HistoryLine {
  entry: HistoryEntry;
  outcome: LineOutcome;
  /** True when the line moved the status for good: only these count in the indicators. */
  counts: boolean;
}

const byTime = (a: HistoryEntry, b: HistoryEntry) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const stageOf = (s: FollowupStatus | null) => (s === null ? -1 : (FOLLOWUP_PIPELINE as readonly string[]).indexOf(s));

/** A line that changes the status: a move, or a resolution that chose another status than the kept one. */
export function isMove(e: HistoryEntry): boolean {
  if (e.kind === 'conflict') return false;
  if (e.kind === 'resolution') return e.from !== e.to;
  return true;
}

/** `next` takes `move` back: to the status it left, or to an earlier step of the pipeline. */
function undoes(move: HistoryEntry, next: HistoryEntry): boolean {
  if (next.at - move.at > CORRECTION_WINDOW_MS) return false;
  if (next.to === move.from) return true;
  const [was, now] = [stageOf(move.to), stageOf(next.to)];
  return was >= 0 && now >= 0 && now < was;
}

/** Every line of the history, oldest first, with what became of it. */
export function readHistory(history: readonly HistoryEntry[]): HistoryLine[] {
  const sorted = [...history].sort(byTime);
  const byId = new Map(sorted.map((e) => [e.id, e]));
  const lostIn = new Map<string, HistoryEntry>();
  const resolutionOf = new Map<string, HistoryEntry>();
  for (const e of sorted) {
    if (e.kind === 'conflict') for (const id of e.lost ?? []) if (!lostIn.has(id)) lostIn.set(id, e);
    if (e.kind === 'resolution' && e.resolves && !resolutionOf.has(e.resolves)) resolutionOf.set(e.resolves, e);
  }
  const outcomes = new Map<string, LineOutcome>();
  let previous: HistoryEntry | undefined;
  for (const e of sorted) {
    if (e.kind === 'conflict') {
      const lost = (e.lost ?? []).map((id) => byId.get(id)).filter((x): x is HistoryEntry => x !== undefined);
      const winner = e.won ? byId.get(e.won) : undefined;
      outcomes.set(e.id, { kind: 'conflict', lost, winner, resolution: resolutionOf.get(e.id) });
      continue;
    }
    const conflict = lostIn.get(e.id);
    if (conflict) {
      outcomes.set(e.id, { kind: 'lost', conflict, winner: conflict.won ? byId.get(conflict.won) : undefined });
      continue;
    }
    if (!isMove(e)) {
      outcomes.set(e.id, { kind: 'resolution', conflict: e.resolves ? byId.get(e.resolves) : undefined });
      continue;
    }
    if (previous && undoes(previous, e)) {
      outcomes.set(previous.id, { kind: 'corrected', by: e });
      outcomes.set(e.id, { kind: 'effective', corrects: previous });
    } else {
      outcomes.set(e.id, { kind: 'effective' });
    }
    previous = e;
  }
  return sorted.map((entry) => {
    const outcome = outcomes.get(entry.id)!;
    return { entry, outcome, counts: outcome.kind === 'effective' };
  });
}

/** The moves that took effect, oldest first. */
export function effectiveMoves(history: readonly HistoryEntry[]): HistoryEntry[] {
  return readHistory(history)
    .filter((l) => l.counts)
    .map((l) => l.entry);
}

/**
 * Index in the pipeline of the furthest stage a lead reached before `endMs`, counting only moves
 * that took effect; a lead without any move in its history (imported) stands at its current status.
 */
export function furthestStage(lead: { history: readonly HistoryEntry[]; status: FollowupStatus }, endMs: number): number {
  if (!lead.history.some(isMove)) return Math.max(0, stageOf(lead.status));
  let reached = 0;
  for (const h of effectiveMoves(lead.history)) if (h.at < endMs) reached = Math.max(reached, stageOf(h.to));
  return reached;
}

/** Conflict lines nobody has settled yet, oldest first. */
export function openConflicts(history: readonly HistoryEntry[]): HistoryEntry[] {
  return readHistory(history)
    .filter((l) => l.outcome.kind === 'conflict' && !l.outcome.resolution)
    .map((l) => l.entry);
}

/** The newest line that moved the status for good (the one the current status comes from). */
export function lastEffectiveMove(history: readonly HistoryEntry[]): HistoryEntry | undefined {
  return effectiveMoves(history).at(-1);
}

export interface ConflictLineInput {
  id: string;
  at: number;
  /** The account whose push met the conflict. */
  by: string;
  /** The history as it stood before the push, and the entries the push carried. */
  before: readonly HistoryEntry[];
  sent: readonly HistoryEntry[];
  /** The status the push asked for, and the one kept. */
  pushed: FollowupStatus;
  kept: FollowupStatus;
}

/**
 * The line the server appends when a pushed status loses a conflict: the push's new moves did not
 * take effect, the kept status came from `won`. Sorted after every line it speaks of, so the newest
 * line always agrees with the status. Undefined when the push carried no new move.
 */
export function conflictLine(input: ConflictLineInput): HistoryEntry | undefined {
  const known = new Set(input.before.map((e) => e.id));
  // An opening line (nothing → Proposée) is no status the push asked for: a device that opened the
  // follow-up too only repeats that it exists.
  const lost = input.sent.filter((e) => !known.has(e.id) && isMove(e) && e.from !== null).sort(byTime);
  if (lost.length === 0) return undefined;
  const won = [...effectiveMoves(input.before)].reverse().find((e) => e.to === input.kept);
  const latest = Math.max(...input.before.map((e) => e.at), ...lost.map((e) => e.at));
  return {
    id: input.id,
    at: Math.max(input.at, latest + 1),
    by: input.by,
    byName: lost.at(-1)!.byName,
    from: input.pushed,
    to: input.kept,
    comment: '',
    kind: 'conflict',
    lost: lost.map((e) => e.id).slice(0, 50),
    ...(won ? { won: won.id } : {}),
  };
}

export interface ResolutionLineInput {
  id: string;
  at: number;
  actor: { id: string; name: string };
  conflict: HistoryEntry;
  /** The status before the resolution, and the one chosen. */
  from: FollowupStatus;
  to: FollowupStatus;
  comment?: string;
}

/** The line a referent's resolution writes; after its conflict line whatever the device's clock. */
export function resolutionLine(input: ResolutionLineInput): HistoryEntry {
  return {
    id: input.id,
    at: Math.max(input.at, input.conflict.at + 1),
    by: input.actor.id,
    byName: input.actor.name.slice(0, 120),
    from: input.from,
    to: input.to,
    comment: (input.comment ?? '').trim().slice(0, 2000),
    kind: 'resolution',
    resolves: input.conflict.id,
  };
}
