// Writes a flux import in one Dexie transaction through the synced-write helpers (so every change
// is queued for sync, and a failure leaves nothing half-imported), and undoes it: created flux and
// companies become tombstones, updated flux get their previous values back.
import { CompanySchema, FluxSchema, type Flux } from '../domain';
import { createCompany } from '../db/companies';
import { db, type StoredCompany } from '../db/database';
import { addFlux } from '../db/flux';
import { updateSynced } from '../db/synced-write';
import { validateRows } from '../db/validated-read';
import type { ColumnMapping } from './flux-columns';
import { planFluxImport, type FluxImportContext, type FluxImportOptions, type FluxImportPlan, type FluxLineReport } from './flux-plan';
import type { ResourceChoice } from './flux-resource-map';
import type { SpreadsheetTable } from './spreadsheet-file';

/** What an import wrote, so « Annuler l’import » can take it back. */
export interface FluxImportJournal {
  companyIds: string[];
  fluxIds: string[];
  /** Each updated flux before the import, and the fields the import set. */
  updated: { id: string; before: Flux; fields: string[] }[];
}

export interface FluxImportResult {
  lines: FluxLineReport[];
  journal: FluxImportJournal;
}

export type Progress = (done: number, total: number) => void;

async function loadContext(): Promise<FluxImportContext> {
  const database = db();
  const [territories, companies, flux] = await Promise.all([
    database.territories.toArray(),
    database.companies.toArray(),
    database.flux.toArray(),
  ]);
  return {
    territories,
    companies: validateRows(
      CompanySchema,
      companies.filter((c) => !c.deleted),
    ).rows,
    flux: validateRows(
      FluxSchema,
      flux.filter((f) => !f.deleted),
    ).rows,
  };
}

/** Dry run: what the import would do, without writing anything. */
export async function previewFluxImport(
  table: SpreadsheetTable,
  mapping: ColumnMapping,
  choices: ReadonlyMap<string, ResourceChoice | undefined>,
  options: FluxImportOptions = {},
): Promise<FluxImportPlan> {
  return planFluxImport(table, mapping, choices, await loadContext(), options);
}

export async function importFlux(
  table: SpreadsheetTable,
  mapping: ColumnMapping,
  choices: ReadonlyMap<string, ResourceChoice | undefined>,
  options: FluxImportOptions = {},
  onProgress: Progress = () => {},
): Promise<FluxImportResult> {
  const database = db();
  return database.transaction('rw', [database.companies, database.flux, database.territories, database.outbox], async () => {
    // Planned inside the transaction: the matching and the writes see the same base.
    const plan = planFluxImport(table, mapping, choices, await loadContext(), options);
    const journal: FluxImportJournal = { companyIds: [], fluxIds: [], updated: [] };
    const total = plan.newCompanies.length + plan.create.length + plan.update.length;
    let done = 0;
    const step = () => {
      done++;
      if (done % 50 === 0 || done === total) onProgress(done, total);
    };
    const ids = new Map<string, string>();
    for (const c of plan.newCompanies) {
      const { ref, ...input } = c;
      const created = await createCompany(input);
      ids.set(ref, created.id);
      journal.companyIds.push(created.id);
      step();
    }
    for (const f of plan.create) {
      const companyId = ids.get(f.companyRef) ?? f.companyRef;
      const flux = await addFlux(companyId, f.resourceCode, f.direction, { label: f.label, ...f.fields });
      journal.fluxIds.push(flux.id);
      step();
    }
    for (const { id, patch } of plan.update) {
      let before: Flux | undefined;
      await updateSynced<Flux>('flux', id, (f) => {
        before = f;
        return FluxSchema.parse({ ...f, ...patch });
      });
      if (before) journal.updated.push({ id, before, fields: Object.keys(patch) });
      step();
    }
    return { lines: plan.lines, journal };
  });
}

export interface UndoSummary {
  /** Companies the import created that were kept: flux were recorded for them since. */
  keptCompanies: string[];
}

/**
 * Takes an import back, in one transaction: the flux it created are deleted, those it changed get
 * their previous values, the companies it created are deleted unless flux were recorded for them
 * since. Records gone from the device (restored backup) are passed over.
 */
export async function undoFluxImport(journal: FluxImportJournal): Promise<UndoSummary> {
  const database = db();
  return database.transaction('rw', [database.companies, database.flux, database.outbox], async () => {
    const imported = new Set(journal.fluxIds);
    for (const id of journal.fluxIds) {
      const flux = await database.flux.get(id);
      if (flux && !flux.deleted) await updateSynced<Flux>('flux', id, (f) => ({ ...f, deleted: true }), 'delete');
    }
    for (const { id, before, fields } of journal.updated) {
      if (!(await database.flux.get(id))) continue;
      // Only the fields the import set go back; a later edit of another field stays.
      const restored = Object.fromEntries(fields.map((k) => [k, before[k as keyof Flux]]));
      await updateSynced<Flux>('flux', id, (f) => ({ ...f, ...restored }));
    }
    const keptCompanies: string[] = [];
    for (const id of journal.companyIds) {
      const company = await database.companies.get(id);
      if (!company || company.deleted) continue;
      const others = await database.flux
        .where('companyId')
        .equals(id)
        .filter((f) => !f.deleted && !imported.has(f.id))
        .count();
      if (others > 0) keptCompanies.push(company.name);
      else await updateSynced<StoredCompany>('companies', id, (c) => ({ ...c, deleted: true }), 'delete');
    }
    return { keptCompanies };
  });
}
