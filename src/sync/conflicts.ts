// Conflicts the server reported: listed for the user, who keeps per field either this device's
// value or the server's. The choice is written through the normal write path, so it syncs.
import { formatZodError } from '../domain/errors';
import { RECORD_SCHEMAS } from '../domain/sync-protocol';
import { db, withSearchKey } from '../db/database';
import type { ConflictEntry } from '../db/outbox-entry';
import { changedFields, writeSynced } from '../db/synced-write';
import type { Company } from '../domain/company';
import { currentActor } from '../db/followups';
import { withResolution } from './followup-conflicts';
import { applyScope, syncedTable } from './local-apply';

export type Choice = 'local' | 'server';

export async function listConflicts(): Promise<ConflictEntry[]> {
  const all = await db().conflicts.toArray();
  return all.sort((a, b) => a.createdAt - b.createdAt);
}

/** A name to show for the record in conflict (company name, resource, visit date). */
export function conflictTitle(conflict: ConflictEntry): string {
  const s = conflict.server;
  const text = s.name ?? s.label ?? s.resourceCode ?? s.date ?? followupTitle(s.snapshot);
  return typeof text === 'string' && text ? text : conflict.recordId;
}

/** A follow-up is named by its synergy's companies, « Fonderie du Creusot ↔ Menuiserie » (the page says it is a follow-up). */
function followupTitle(snapshot: unknown): string | undefined {
  const companies = (snapshot as { companies?: { name?: unknown }[] } | undefined)?.companies;
  if (!Array.isArray(companies)) return undefined;
  const names = companies.map((c) => c?.name).filter((n): n is string => typeof n === 'string' && n.length > 0);
  return names.length > 0 ? names.join(' ↔ ') : undefined;
}

/**
 * Resolves a conflict with the user's choice per field (fields not chosen keep the server's value).
 * The record's rev is the server's since the conflict, so the new change is based on it.
 * Throws an Error with a readable message when the chosen combination is not a valid record.
 */
export async function resolveConflict(id: string, choices: Record<string, Choice>): Promise<void> {
  const database = db();
  // Read before the transaction: a wait outside IndexedDB would end it.
  const actor = await currentActor();
  await database.transaction('rw', applyScope(), async () => {
    const conflict = await database.conflicts.get(id);
    if (!conflict) return;
    const table = syncedTable(conflict.table);
    const current = (await table.get(conflict.recordId)) ?? conflict.server;
    // A notice keeps the record as it is (the status kept); a conflict takes the user's choices.
    const chosen = conflict.notice
      ? {}
      : Object.fromEntries(
          // A local null is a field cleared on this device (see synced-write): absent in the record.
          conflict.fields.map((f) => [f, (choices[f] === 'local' ? conflict.local[f] : conflict.server[f]) ?? undefined]),
        );
    let candidate: Record<string, unknown> = { ...current, ...chosen };
    if (conflict.table === 'followups') candidate = withResolution(conflict, current, candidate, actor, Date.now());
    const parsed = RECORD_SCHEMAS[conflict.table].safeParse(candidate);
    if (!parsed.success) throw new Error(formatZodError(parsed.error));
    const next = parsed.data as { id: string; rev: number; deleted: boolean; updatedAt: number };
    const changed = changedFields(RECORD_SCHEMAS[conflict.table].parse(current), next);
    if (changed.length > 0) {
      const row = conflict.table === 'companies' ? withSearchKey(next as Company) : next;
      await writeSynced(conflict.table, row, changed, next.deleted ? 'delete' : 'upsert');
    }
    await database.conflicts.delete(id);
  });
}
