// Pure: how a record coming from the server meets this device's copy. Fields the user changed here
// and that the server has not acknowledged yet keep their local value, so nothing typed offline is
// overwritten; every other field takes the server's value.
import type { OutboxEntry } from '../db/outbox-entry';

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
export function mergePulled(server: Row, serverRev: number, local: Row | undefined, pending: ReadonlySet<string>): Row | undefined {
  if (!local) return { ...server, rev: serverRev };
  if (typeof local.rev === 'number' && local.rev > serverRev) return undefined;
  const merged: Row = { ...server };
  for (const f of pending) {
    if (f === 'id' || f === 'rev') continue;
    if (f in local) merged[f] = local[f];
  }
  merged.rev = serverRev;
  return merged;
}

/** Local values of the given fields, taken from the change that conflicted. */
export function pickFields(source: Row, fields: readonly string[]): Row {
  return Object.fromEntries(fields.filter((f) => f in source).map((f) => [f, source[f]]));
}
