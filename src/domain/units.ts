// Units a flux can be measured in, grouped by dimension, with conversion to a base unit per
// dimension, and normalisation of a quantity over a period to a yearly figure.
import { z } from 'zod';

export type Dimension = 'mass' | 'volume' | 'energy' | 'power' | 'count' | 'area' | 'time' | 'people' | 'distance';

interface UnitDef {
  label: string;
  dimension: Dimension;
  /** How many base units of the dimension one of this unit is. */
  factor: number;
}

export const UNITS = {
  kg: { label: 'kg', dimension: 'mass', factor: 1 },
  t: { label: 't', dimension: 'mass', factor: 1000 },
  L: { label: 'L', dimension: 'volume', factor: 0.001 },
  m3: { label: 'm³', dimension: 'volume', factor: 1 },
  kWh: { label: 'kWh', dimension: 'energy', factor: 1 },
  MWh: { label: 'MWh', dimension: 'energy', factor: 1000 },
  GWh: { label: 'GWh', dimension: 'energy', factor: 1_000_000 },
  kW: { label: 'kW', dimension: 'power', factor: 1 },
  MW: { label: 'MW', dimension: 'power', factor: 1000 },
  unit: { label: 'unité(s)', dimension: 'count', factor: 1 },
  pallet: { label: 'palette(s)', dimension: 'count', factor: 1 },
  m2: { label: 'm²', dimension: 'area', factor: 1 },
  h: { label: 'heure(s)', dimension: 'time', factor: 1 },
  day: { label: 'jour(s)', dimension: 'time', factor: 8 },
  person: { label: 'personne(s)', dimension: 'people', factor: 1 },
  km: { label: 'km', dimension: 'distance', factor: 1 },
  trip: { label: 'trajet(s)', dimension: 'count', factor: 1 },
} as const satisfies Record<string, UnitDef>;

export type UnitCode = keyof typeof UNITS;
export const UNIT_CODES = Object.keys(UNITS) as [UnitCode, ...UnitCode[]];
export const UnitSchema = z.enum(UNIT_CODES, { error: 'Unité inconnue' });

export const PERIODS = ['day', 'week', 'month', 'year', 'once'] as const;
export const PeriodSchema = z.enum(PERIODS, { error: 'Période inconnue' });
export type Period = z.infer<typeof PeriodSchema>;
export const PERIOD_LABELS: Record<Period, string> = {
  day: 'par jour',
  week: 'par semaine',
  month: 'par mois',
  year: 'par an',
  once: 'ponctuel',
};
const PERIODS_PER_YEAR: Record<Period, number> = { day: 250, week: 52, month: 12, year: 1, once: 1 };

export function unitDimension(unit: UnitCode): Dimension {
  return UNITS[unit].dimension;
}

export function canConvert(from: UnitCode, to: UnitCode): boolean {
  return UNITS[from].dimension === UNITS[to].dimension;
}

/** Converts a quantity between two units of the same dimension; throws otherwise. */
export function convert(quantity: number, from: UnitCode, to: UnitCode): number {
  if (!canConvert(from, to)) {
    throw new Error(`Conversion impossible de ${UNITS[from].label} vers ${UNITS[to].label}`);
  }
  return (quantity * UNITS[from].factor) / UNITS[to].factor;
}

/** A quantity over a period expressed per year (working days: 250 a year). */
export function perYear(quantity: number, period: Period): number {
  return quantity * PERIODS_PER_YEAR[period];
}

const PERIOD_SHORT: Record<Period, string> = { day: '/jour', week: '/sem.', month: '/mois', year: '/an', once: '' };

/** "12 t/an", "3,5 MWh/mois" — the way quantities are read aloud in a workshop. */
// Built once: constructing an Intl.NumberFormat costs ~20 µs, and the matcher formats thousands.
const QUANTITY_FORMAT = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

export function formatQuantity(quantity: number, unit: UnitCode, period?: Period): string {
  const n = QUANTITY_FORMAT.format(quantity);
  return `${n} ${UNITS[unit].label}${period ? PERIOD_SHORT[period] : ''}`;
}
