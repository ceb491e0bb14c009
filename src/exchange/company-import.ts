// Import of companies from a CSV file, with a per-row report. Bad rows are rejected with their
// reason, good rows created through createCompany so they are queued for sync. A SIRET already
// in the base, or earlier in the file — or, without SIRET, the same name and postcode in the same
// territory — rejects the row as a duplicate: an import never overwrites what an advisor recorded.
import { z } from 'zod';
import { CompanySchema, formatZodError, normalizeSiret, type Territory } from '../domain';
import { createCompany } from '../db/companies';
import { db } from '../db/database';
import { COMPANY_FIELDS, COMPANY_HEADERS, fieldOfHeader, type CompanyField } from './company-columns';
import { mapCompanyRow, notWritable, type CompanyCells, type ImportedCompany } from './company-row';
import { CompanyIndex, type MatchableCompany } from './company-match';
import { parseCsv } from './csv';
import { postcodeOf } from './flux-cells';
import { unguardFormula } from './excel-format';

export interface ImportRowReport {
  /** Line number as a spreadsheet shows it: the header is line 1, the first company line 2. */
  row: number;
  ok: boolean;
  /** French, each naming its column. */
  errors: string[];
  name: string;
}

export interface CompanyImportReport {
  /** A problem with the whole file (no header, no name column): nothing is imported. */
  fileError?: string;
  rows: ImportRowReport[];
  accepted: number;
  rejected: number;
  /** Headers we did not recognise, ignored (shown so a typo in a header is noticed). */
  ignoredColumns: string[];
}

export interface CompanyImportResult extends CompanyImportReport {
  createdIds: string[];
}

export interface CompanyImportOptions {
  /** Territory given to rows whose "Territoire" cell is empty. */
  defaultTerritoryId?: string;
  /**
   * Territories the signed-in advisor may write (the server refuses the others); a row filed
   * elsewhere is refused here, with the reason, rather than by the server later. Undefined: all.
   */
  writableTerritoryIds?: readonly string[];
}

interface ImportContext {
  territories: readonly Territory[];
  /** Normalised SIRET → name of the company already stored with it. */
  existingSirets: ReadonlyMap<string, string>;
  /** Live companies, to find one without SIRET by name and postcode. */
  existing?: readonly MatchableCompany[];
}

interface Plan {
  report: CompanyImportReport;
  toCreate: ImportedCompany[];
}

const emptyReport = (fileError?: string): CompanyImportReport => ({
  fileError,
  rows: [],
  accepted: 0,
  rejected: 0,
  ignoredColumns: [],
});

function schemaErrors(input: ImportedCompany, failed: Set<string>): string[] {
  const parsed = CompanySchema.safeParse({ ...input, id: 'import-check', createdAt: 0, updatedAt: 0 });
  if (parsed.success) return [];
  return parsed.error.issues.filter((issue) => !failed.has(String(issue.path[0]))).map((issue) => formatZodError(new z.ZodError([issue])));
}

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Pure core: CSV text to a report and the companies to create. */
export function planCompanyImport(text: string, context: ImportContext, options: CompanyImportOptions = {}): Plan {
  const [header, ...lines] = parseCsv(text);
  if (!header || header.every((h) => h.trim() === '')) return { report: emptyReport('Le fichier est vide.'), toCreate: [] };
  const columns = header.map((h) => fieldOfHeader(h));
  if (!columns.includes('name')) {
    const expected = COMPANY_FIELDS.map((f) => COMPANY_HEADERS[f]).join(';');
    return {
      report: emptyReport(`Colonne « ${COMPANY_HEADERS.name} » introuvable sur la première ligne. En-têtes attendus : ${expected}`),
      toCreate: [],
    };
  }
  const report = emptyReport();
  report.ignoredColumns = header.filter((h, i) => h.trim() !== '' && columns[i] === undefined);
  const toCreate: ImportedCompany[] = [];
  const siretLines = new Map<string, number>();
  const inBase = new CompanyIndex(context.existing ?? []);
  const inFile = new CompanyIndex<MatchableCompany & { row: number }>();
  lines.forEach((cellsOfLine, index) => {
    if (cellsOfLine.every((c) => c.trim() === '')) return;
    const row = index + 2;
    const cells: CompanyCells = {};
    cellsOfLine.forEach((cell, i) => {
      const field: CompanyField | undefined = columns[i];
      // The first column with a given meaning wins.
      if (field && cells[field] === undefined) cells[field] = unguardFormula(cell);
    });
    const { input, errors, failed } = mapCompanyRow(cells, context.territories, options.defaultTerritoryId);
    errors.push(...schemaErrors(input, failed));
    const territoryError =
      errors.length === 0 ? notWritable(input.territoryId, context.territories, options.writableTerritoryIds) : undefined;
    if (territoryError) errors.push(territoryError);
    const siret = normalizeSiret(input.siret ?? '');
    if (siret && errors.length === 0) {
      const existing = context.existingSirets.get(siret);
      const earlier = siretLines.get(siret);
      if (existing !== undefined) errors.push(`SIRET : déjà présent dans la base (${existing}), ligne ignorée`);
      else if (earlier !== undefined) errors.push(`SIRET : en double dans le fichier (déjà ligne ${earlier}), ligne ignorée`);
      else siretLines.set(siret, row);
    }
    if (!siret && errors.length === 0) {
      // Without SIRET, the same name and postcode in the same territory is the same company.
      const lookup = { name: input.name, postcode: postcodeOf(input.address ?? ''), territoryId: input.territoryId };
      const existing = inBase.find(lookup);
      const earlier = inFile.find(lookup);
      if (existing) errors.push(`Entreprise déjà présente dans la base (${existing.name}), ligne ignorée`);
      else if (earlier) errors.push(`Entreprise en double dans le fichier (déjà ligne ${earlier.row}), ligne ignorée`);
      else
        inFile.add({
          id: `row-${row}`,
          name: input.name ?? '',
          siret: '',
          address: input.address ?? '',
          territoryId: input.territoryId,
          row,
        });
    }
    const ok = errors.length === 0;
    report.rows.push({ row, ok, errors, name: cells.name?.trim() ?? '' });
    if (ok) toCreate.push(withoutUndefined(input));
  });
  report.accepted = toCreate.length;
  report.rejected = report.rows.length - toCreate.length;
  return { report, toCreate };
}

async function loadContext(): Promise<ImportContext> {
  const database = db();
  const [territories, companies] = await Promise.all([database.territories.toArray(), database.companies.toArray()]);
  const existingSirets = new Map(companies.filter((c) => !c.deleted && c.siret).map((c) => [normalizeSiret(c.siret), c.name]));
  return { territories, existingSirets, existing: companies.filter((c) => !c.deleted) };
}

/** Dry run: what importCompanies would do, without writing anything. */
export async function previewCompanyImport(text: string, options: CompanyImportOptions = {}): Promise<CompanyImportReport> {
  return planCompanyImport(text, await loadContext(), options).report;
}

/** Creates the valid rows (all of them or none if storage fails) and reports on every row. */
export async function importCompanies(text: string, options: CompanyImportOptions = {}): Promise<CompanyImportResult> {
  const database = db();
  // One transaction: the duplicate check and the writes see the same base.
  return database.transaction('rw', [database.companies, database.territories, database.outbox], async () => {
    const { report, toCreate } = planCompanyImport(text, await loadContext(), options);
    const createdIds: string[] = [];
    for (const input of toCreate) createdIds.push((await createCompany(input)).id);
    return { ...report, createdIds };
  });
}
