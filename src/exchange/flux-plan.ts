// Pure core of the flux import: the lines of a spreadsheet, read through the column mapping and
// the reviewed resource words, to what must be written — companies to create, flux to create or
// update — and a report line for each line (imported, merged with an existing flux, or refused).
import { z } from 'zod';
import { CompanySchema, FluxSchema, convert, canConvert, findResource, formatZodError, normalizeSiret, siretError } from '../domain';
import type { Flux, Territory } from '../domain';
import { normalizeLerCode } from '../domain/ler';
import type { ColumnMapping } from './flux-columns';
import { CompanyIndex, type MatchableCompany } from './company-match';
import { postcodeOf } from './flux-cells';
import { cellsOf, fluxKey, readLine, roundMeasure, type LineCells, type LineFields } from './flux-line';
import { resourceWordKey, type ResourceChoice } from './flux-resource-map';
import { findTerritory, notWritable } from './company-row';
import type { SpreadsheetTable } from './spreadsheet-file';

export type LineStatus = 'created' | 'updated' | 'unchanged' | 'refused';

export interface FluxLineReport {
  row: number;
  company: string;
  resource: string;
  status: LineStatus;
  /** French: why refused, or with what it was merged. */
  message: string;
}

export interface NewCompany {
  /** Until written: `new:<n>`, the id flux of the same file refer to. */
  ref: string;
  name: string;
  siret: string;
  address: string;
  territoryId: string;
}

export interface FluxToCreate {
  companyRef: string;
  resourceCode: string;
  direction: Flux['direction'];
  label: string;
  fields: LineFields;
}

export interface FluxImportPlan {
  lines: FluxLineReport[];
  newCompanies: NewCompany[];
  create: FluxToCreate[];
  /** Existing flux and the fields the file changes. */
  update: { id: string; patch: LineFields }[];
}

export interface FluxImportContext {
  territories: readonly Territory[];
  companies: readonly MatchableCompany[];
  /** Live flux of the device. */
  flux: readonly Flux[];
}

export interface FluxImportOptions {
  /** Territory of companies created when their line names none. */
  defaultTerritoryId?: string;
  writableTerritoryIds?: readonly string[];
}

const zodText = (e: z.ZodError) => formatZodError(e);

function resourceOf(
  cells: LineCells,
  direction: Flux['direction'],
  choices: ReadonlyMap<string, ResourceChoice | undefined>,
): ResourceChoice | string {
  const code = cells.resourceCode ?? '';
  if (code && findResource(code)) return { resourceCode: code, label: '' };
  const text = cells.resource ?? '';
  if (!text) return code ? `Code ressource inconnu « ${code} »` : 'Ressource manquante';
  const key = resourceWordKey(text, direction);
  // Left out at the review: the person chose not to bring these lines in.
  if (choices.has(key) && !choices.get(key)) return `Ressource « ${text} » écartée à la revue des mots`;
  return choices.get(key) ?? `Ressource : aucune entrée du vocabulaire pour « ${text} »`;
}

/** The fields of the line that differ from the flux, quantities converted to the flux's own unit. */
function changes(existing: Flux, fields: LineFields): LineFields {
  const next: LineFields = { ...fields };
  if (next.unit && existing.unit && next.unit !== existing.unit && canConvert(next.unit, existing.unit)) {
    if (next.quantity !== undefined) next.quantity = roundMeasure(convert(next.quantity, next.unit, existing.unit));
    next.unit = existing.unit;
  }
  const patch: LineFields = {};
  for (const [k, v] of Object.entries(next) as [keyof LineFields, unknown][]) {
    if (JSON.stringify(existing[k]) !== JSON.stringify(v)) (patch as Record<string, unknown>)[k] = v;
  }
  return patch;
}

/**
 * The line's company: found by SIRET, else by name and postcode; else a new one (ref `new:<n>`)
 * in the line's territory or the default one. Problems are added to `errors`.
 */
function companyOf(
  cells: LineCells,
  siret: string,
  index: CompanyIndex<MatchableCompany>,
  context: FluxImportContext,
  options: FluxImportOptions,
  nextRef: number,
  errors: string[],
): MatchableCompany | undefined {
  const name = cells.companyName ?? '';
  const badSiret = siret ? siretError(siret) : null;
  if (badSiret) {
    errors.push(badSiret);
    return undefined;
  }
  let territoryId: string | undefined;
  if (cells.territory) {
    territoryId = findTerritory(context.territories, cells.territory)?.id;
    if (!territoryId) {
      errors.push(`Territoire inconnu « ${cells.territory} »`);
      return undefined;
    }
  }
  const postcode = postcodeOf(cells.postcode ?? '') ?? postcodeOf(cells.address ?? '');
  let company = index.find({ siret, name, postcode, territoryId });
  if (!company) {
    const where = territoryId ?? options.defaultTerritoryId;
    if (!name)
      errors.push(siret ? `Aucune entreprise de SIRET ${siret} : ajoutez la raison sociale pour la créer` : 'Entreprise manquante');
    else if (!where)
      errors.push(`Entreprise « ${name} » introuvable, et aucun territoire pour la créer : renseignez la colonne Territoire`);
    else {
      const input = { name, siret, address: cells.address || postcode || '', territoryId: where };
      const parsed = CompanySchema.safeParse({ ...input, id: 'import-check', createdAt: 0, updatedAt: 0 });
      if (!parsed.success) errors.push(zodText(parsed.error));
      else company = { ...input, id: `new:${nextRef}`, deleted: false };
    }
  }
  const forbidden = company && notWritable(company.territoryId, context.territories, options.writableTerritoryIds);
  if (forbidden) errors.push(forbidden);
  return company;
}

export function planFluxImport(
  table: SpreadsheetTable,
  mapping: ColumnMapping,
  choices: ReadonlyMap<string, ResourceChoice | undefined>,
  context: FluxImportContext,
  options: FluxImportOptions = {},
): FluxImportPlan {
  const plan: FluxImportPlan = { lines: [], newCompanies: [], create: [], update: [] };
  const index = new CompanyIndex<MatchableCompany>(context.companies);
  const existing = new Map(
    context.flux.filter((f) => !f.deleted).map((f) => [fluxKey(f.companyId, f.direction, f.resourceCode, f.label), f]),
  );
  /** Flux key → line that created or changed it in this file. */
  const seen = new Map<string, number>();
  const planned = new Set<string>();

  for (const { row, cells: raw } of table.lines) {
    const cells = cellsOf(raw, mapping);
    const report: FluxLineReport = {
      row,
      company: cells.companyName || cells.siret || '',
      resource: cells.resource || cells.resourceCode || '',
      status: 'refused',
      message: '',
    };
    plan.lines.push(report);
    const refuse = (reasons: string[]) => {
      report.message = reasons.join(' ; ');
    };
    const { direction, fields, errors } = readLine(cells);
    const siret = normalizeSiret(cells.siret ?? '');
    // Every problem of the line is told at once, the company's among them.
    const company = companyOf(cells, siret, index, context, options, plan.newCompanies.length + 1, errors);
    if (company) report.company = company.name;
    const resource = direction ? resourceOf(cells, direction, choices) : undefined;
    if (typeof resource === 'string') errors.push(resource);
    if (errors.length || !company || !direction || !resource || typeof resource === 'string') {
      refuse(errors);
      continue;
    }
    const entry = findResource(resource.resourceCode)!;
    const fluxLabel = cells.label || resource.label;
    report.resource = fluxLabel || entry.label;
    if (!entry.directions.includes(direction)) {
      refuse([`« ${report.resource} » ne peut être que ${entry.directions.includes('offer') ? 'proposé' : 'recherché'}`]);
      continue;
    }
    const lineFields: LineFields = { ...fields };
    const wasteCode = fields.wasteCode ? (normalizeLerCode(fields.wasteCode) ?? fields.wasteCode) : resource.wasteCode;
    delete lineFields.wasteCode;
    // The entry's own code is not stored on the flux (the export writes it; reading it back changes nothing).
    if (wasteCode && wasteCode !== (entry.wasteCode && normalizeLerCode(entry.wasteCode))) lineFields.wasteCode = wasteCode;
    if (lineFields.quantity !== undefined && !lineFields.unit) lineFields.unit = entry.defaultUnit;
    const key = fluxKey(company.id, direction, entry.code, fluxLabel);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      report.status = 'unchanged';
      report.message = `Même flux que la ligne ${earlier} : ligne ignorée`;
      continue;
    }
    const found = existing.get(key);
    const candidate = found
      ? { ...found, ...changes(found, lineFields) }
      : {
          period: 'year',
          ...lineFields,
          id: 'import-check',
          companyId: company.id,
          resourceCode: entry.code,
          family: entry.family,
          direction,
          label: fluxLabel,
          createdAt: 0,
          updatedAt: 0,
        };
    const check = FluxSchema.safeParse(candidate);
    if (!check.success) {
      refuse([zodText(check.error)]);
      continue;
    }
    const createsCompany = company.id.startsWith('new:') && !planned.has(company.id);
    if (createsCompany) {
      planned.add(company.id);
      plan.newCompanies.push({
        ref: company.id,
        name: company.name,
        siret: company.siret,
        address: company.address,
        territoryId: company.territoryId,
      });
      index.add(company);
    }
    seen.set(key, row);
    if (!found) {
      plan.create.push({ companyRef: company.id, resourceCode: entry.code, direction, label: fluxLabel, fields: lineFields });
      report.status = 'created';
      report.message = createsCompany ? 'Importé (entreprise créée)' : 'Importé';
      continue;
    }
    const patch = changes(found, lineFields);
    if (Object.keys(patch).length === 0) {
      report.status = 'unchanged';
      report.message = 'Déjà présent à l’identique : rien à changer';
    } else {
      plan.update.push({ id: found.id, patch });
      report.status = 'updated';
      report.message = 'Fusionné avec le flux existant (mis à jour)';
    }
  }
  return plan;
}
