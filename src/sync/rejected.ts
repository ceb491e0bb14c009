// Changes the server refused (invalid record, territory not allowed): kept aside with the reason
// until the user corrects and resends them, moves the company to one of their territories, or
// gives them up after exporting them. Never dropped silently, never resent on their own.
import { META_FIELDS } from '../domain/record';
import { knownCode } from '../domain/refusals';
import { updateCompany } from '../db/companies';
import { db } from '../db/database';
import type { OutboxEntry } from '../db/outbox-entry';
import { writeSynced } from '../db/synced-write';
import { applyScope, syncedTable } from './local-apply';

/** Fields a person never needs to read about: identity, bookkeeping, local search keys. */
const HIDDEN_FIELDS = new Set<string>([...META_FIELDS.filter((f) => f !== 'deleted'), 'nameKey']);

/** The fields of a refused change worth naming to the user, in the change's order. */
export function changedFieldsOf(entry: Pick<OutboxEntry, 'patch' | 'op'>): string[] {
  const fields = Object.keys(entry.patch).filter((f) => !HIDDEN_FIELDS.has(f));
  // "deleted: false" travels with every edit; it only means something for a deletion.
  return entry.op === 'delete' ? fields : fields.filter((f) => f !== 'deleted');
}

/** The server refused because the record's territory is not one of the account's (by its code). */
export const isTerritoryRefusal = (code: string | undefined): boolean => knownCode(code) === 'territory-forbidden';

/** The server refused a flux or visit because its company has not reached it yet (by its code). */
export const waitsForCompany = (code: string | undefined): boolean => knownCode(code) === 'company-unknown';

export async function listRejected(): Promise<OutboxEntry[]> {
  return db()
    .outbox.filter((e) => e.rejectedAt !== undefined)
    .toArray();
}

type Row = { id: string; rev: number; deleted: boolean; updatedAt: number; companyId?: unknown; territoryId?: unknown };

/** Queues the record's current values of the refused fields as a new change (call in a transaction). */
async function resend(entry: OutboxEntry): Promise<void> {
  await db().outbox.delete(entry.seq!);
  const current = (await syncedTable(entry.table).get(entry.recordId)) as Row | undefined;
  if (!current) return;
  const fields = Object.keys(entry.patch).filter((f) => !HIDDEN_FIELDS.has(f) || f === 'deleted');
  // The record holds the refused values, or what the user corrected since: that is what goes.
  await writeSynced(entry.table, current, fields, entry.op);
}

/** Sends a refused change again, as a new change based on the record's current revision. */
export async function retryRejected(seq: number): Promise<void> {
  await db().transaction('rw', applyScope(), async () => {
    const entry = await db().outbox.get(seq);
    if (entry && entry.rejectedAt !== undefined) await resend(entry);
  });
}

/** The company a record belongs to (itself for a company). */
export async function companyOf(entry: Pick<OutboxEntry, 'table' | 'recordId'>): Promise<string | undefined> {
  if (entry.table === 'companies') return entry.recordId;
  const row = (await syncedTable(entry.table).get(entry.recordId)) as Row | undefined;
  return typeof row?.companyId === 'string' ? row.companyId : undefined;
}

/**
 * Files the refused record's company under `territoryId` (one of the user's) and resends every
 * refused change of that company, its flux and visits: they were all refused for its territory.
 */
export async function moveRejectedToTerritory(seq: number, territoryId: string): Promise<number> {
  return db().transaction('rw', applyScope(), async () => {
    const entry = await db().outbox.get(seq);
    if (!entry || entry.rejectedAt === undefined) return 0;
    const companyId = await companyOf(entry);
    if (!companyId) throw new Error('Entreprise introuvable sur cet appareil');
    await updateCompany(companyId, { territoryId });
    let resent = 0;
    for (const other of await listRejected()) {
      if ((await companyOf(other)) !== companyId) continue;
      await resend(other);
      resent++;
    }
    return resent;
  });
}

/** What « Exporter » saves: enough to re-enter the change by hand later, readable as is. */
export async function rejectedExport(seq: number, title: string): Promise<Record<string, unknown> | undefined> {
  const entry = await db().outbox.get(seq);
  if (!entry) return undefined;
  const record = await syncedTable(entry.table).get(entry.recordId);
  return {
    format: 'synergies-terrain-modification-refusee',
    exportedAt: new Date().toISOString(),
    title,
    table: entry.table,
    recordId: entry.recordId,
    reason: entry.error ?? '',
    refusedAt: entry.rejectedAt ? new Date(entry.rejectedAt).toISOString() : undefined,
    change: entry.patch,
    record,
  };
}

/** The user gives up a refused change: it stays on this device only (the record is not touched). */
export async function discardRejected(seq: number): Promise<void> {
  await db().outbox.delete(seq);
}
