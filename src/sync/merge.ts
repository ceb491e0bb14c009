// Pure: how a record coming from the server meets this device's copy. Fields the user changed here
// and that the server has not acknowledged yet keep their local value, so nothing typed offline is
// overwritten; every other field takes the server's value.
import type { OutboxEntry } from '../db/outbox-entry';
import { mergeAppendOnly } from '../domain/followup-rules';

type Row = Record<string, unknown>;

/** Fields of a record with a change still on its way (unsent or in flight; rejected ones are not). */
export function pendingFields(entries: readonly OutboxEntry[]): Set<string> {
  const fields = new Set<string>();
  for (const e of entries) {
    if (e.rejectedAt !== undefined) continue;
    for (const f of Object.keys(e.patch)) fields.add(f);
  }
  return fields;
}

/**
 * The record to store: the server's, with the local values of pending fields, at the server's rev.
 * Returns undefined when the local copy is already at a newer server revision (a stale change).
 */
export function mergePulled(
  server: Row,
  serverRev: number,
  local: Row | undefined,
  pending: ReadonlySet<string>,
  appendOnly: readonly string[] = [],
): Row | undefined {
  if (!local) return { ...server, rev: serverRev };
  if (typeof local.rev === 'number' && local.rev > serverRev) return undefined;
  const merged: Row = { ...server };
  for (const f of pending) {
    if (f === 'id' || f === 'rev') continue;
    if (f in local) merged[f] = appendOnly.includes(f) ? unionOf(server[f], local[f]) : local[f];
    // Cleared here (an optional field removed), and not yet sent: it stays cleared.
    else delete merged[f];
  }
  merged.rev = serverRev;
  return merged;
}

type Entry = { id: string; at: number };
const entries = (value: unknown): Entry[] =>
  Array.isArray(value) ? value.filter((e): e is Entry => typeof e?.id === 'string' && typeof e?.at === 'number') : [];

/**
 * A pending append-only list (a follow-up's history or notes) meets the server's: both sides'
 * entries are kept, so a colleague's note shows at once beside the one still waiting to be sent.
 */
function unionOf(server: unknown, local: unknown): unknown {
  if (!Array.isArray(local)) return local;
  return mergeAppendOnly(entries(server), entries(local));
}

/** Local values of the given fields, taken from the change that conflicted. */
export function pickFields(source: Row, fields: readonly string[]): Row {
  return Object.fromEntries(fields.filter((f) => f in source).map((f) => [f, source[f]]));
}
