// One line of a flux spreadsheet, read through the column mapping: its cells by field, and the
// flux fields they give (quantity converted to an app unit). Pure; problems as French sentences.
import { searchKey } from '../domain/company';
import type { Direction } from '../domain/families';
import type { FluxInput } from '../domain/flux';
import type { Period, UnitCode } from '../domain/units';
import { FLUX_FIELD_LABELS, type ColumnMapping, type FluxImportField } from './flux-columns';
import { parseDirection, parsePeriod, parseUnit } from './flux-cells';
import { parseDecimal, parseYesNo, unguardFormula } from './excel-format';

export type LineCells = Partial<Record<FluxImportField, string>>;

export function cellsOf(cells: readonly string[], mapping: ColumnMapping): LineCells {
  const out: LineCells = {};
  cells.forEach((cell, i) => {
    const field = mapping[i];
    if (field && out[field] === undefined) out[field] = unguardFormula(cell).trim();
  });
  return out;
}

/** The flux fields a line sets (only those its cells fill: an empty cell changes nothing). */
export interface LineFields {
  quantity?: number;
  unit?: UnitCode;
  period?: Period;
  description?: string;
  currentHandling?: string;
  annualCostEur?: number;
  wasteCode?: string;
  confidential?: boolean;
}

export interface ReadLine {
  direction?: Direction;
  fields: LineFields;
  errors: string[];
}

const label = (f: FluxImportField) => FLUX_FIELD_LABELS[f];

export function readLine(cells: LineCells): ReadLine {
  const errors: string[] = [];
  const fields: LineFields = {};
  let direction: Direction | undefined;
  const dir = cells.direction ?? '';
  if (dir === '') errors.push('Sens manquant : « besoin » ou « offre » attendu');
  else direction = parseDirection(dir) ?? (errors.push(`Sens : « ${dir} » n’est ni un besoin ni une offre`), undefined);

  const quantity = parseDecimal(cells.quantity ?? '');
  const unit = parseUnit(cells.unit ?? '');
  const period = parsePeriod(cells.period ?? '');
  if (Number.isNaN(quantity)) errors.push(`${label('quantity')} : nombre attendu (« ${cells.quantity} »)`);
  if (unit === null) errors.push(`${label('unit')} : unité inconnue « ${cells.unit} » (t, kg, m³, L, kWh, MWh…)`);
  if (period === null) errors.push(`${label('period')} : période inconnue « ${cells.period} » (par an, par mois…)`);
  if (quantity !== undefined && !Number.isNaN(quantity)) fields.quantity = unit ? roundMeasure(quantity * unit.factor) : quantity;
  if (unit) fields.unit = unit.unit;
  const p = period ?? unit?.period;
  if (p) fields.period = p;

  if (cells.description) fields.description = cells.description;
  if (cells.currentHandling) fields.currentHandling = cells.currentHandling;
  const cost = parseDecimal(cells.annualCost ?? '');
  if (Number.isNaN(cost)) errors.push(`${label('annualCost')} : nombre attendu (« ${cells.annualCost} »)`);
  else if (cost !== undefined) fields.annualCostEur = cost;
  if (cells.wasteCode) fields.wasteCode = cells.wasteCode;
  if (cells.confidential) {
    const yes = parseYesNo(cells.confidential);
    if (yes === null) errors.push(`${label('confidential')} : Oui ou Non attendu (« ${cells.confidential} »)`);
    else fields.confidential = yes;
  }
  return { direction, fields, errors };
}

/** 0.1 × 3 is 0.30000000000000004: a converted figure keeps 9 significant digits. */
export const roundMeasure = (n: number) => Number(n.toPrecision(9));

/** Same company, direction, resource and label: the same flux (the import's idempotence key). */
export const fluxKey = (companyId: string, direction: Direction, resourceCode: string, fluxLabel: string) =>
  `${companyId}|${direction}|${resourceCode}|${searchKey(fluxLabel)}`;

export type FluxFieldsInput = Pick<FluxInput, keyof LineFields>;
