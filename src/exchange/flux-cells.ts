// Cells of a flux spreadsheet read the French way: direction (« besoin », « offre », « propose »,
// « recherche »…), units as people write them (« tonnes », « m3 », « litres », « g ») converted to the
// app's units, periods (« par an », « /mois », « annuel »). Pure; null means "unreadable".
import { searchKey } from '../domain/company';
import type { Direction } from '../domain/families';
import { UNITS, UNIT_CODES, type Period, type UnitCode } from '../domain/units';

const NEED = [
  'besoin',
  'besoins',
  'recherche',
  'recherché',
  'cherche',
  'demande',
  'entrant',
  'entrée',
  'intrant',
  'achat',
  'consomme',
  'consommation',
  'need',
];
const OFFER = [
  'offre',
  'offres',
  'propose',
  'proposé',
  'disponible',
  'a donner',
  'à donner',
  'sortant',
  'sortie',
  'extrant',
  'rejet',
  'déchet',
  'coproduit',
  'production',
  'offer',
  'à donner disponible',
];
const DIRECTION_BY_KEY = new Map<string, Direction>([
  ...NEED.map((w) => [searchKey(w), 'need'] as const),
  ...OFFER.map((w) => [searchKey(w), 'offer'] as const),
]);

export function parseDirection(text: string): Direction | null {
  return DIRECTION_BY_KEY.get(searchKey(text)) ?? null;
}

/** A unit outside the app's list, and how many of an app unit one of it is. */
interface UnitAlias {
  unit: UnitCode;
  factor: number;
}

const UNIT_WORDS: Record<string, UnitAlias> = {
  tonne: { unit: 't', factor: 1 },
  tonnes: { unit: 't', factor: 1 },
  kilo: { unit: 'kg', factor: 1 },
  kilos: { unit: 'kg', factor: 1 },
  kilogramme: { unit: 'kg', factor: 1 },
  kilogrammes: { unit: 'kg', factor: 1 },
  g: { unit: 'kg', factor: 0.001 },
  gramme: { unit: 'kg', factor: 0.001 },
  grammes: { unit: 'kg', factor: 0.001 },
  l: { unit: 'L', factor: 1 },
  litre: { unit: 'L', factor: 1 },
  litres: { unit: 'L', factor: 1 },
  hl: { unit: 'L', factor: 100 },
  hectolitre: { unit: 'L', factor: 100 },
  hectolitres: { unit: 'L', factor: 100 },
  m3: { unit: 'm3', factor: 1 },
  'm³': { unit: 'm3', factor: 1 },
  'metre cube': { unit: 'm3', factor: 1 },
  'metres cubes': { unit: 'm3', factor: 1 },
  wh: { unit: 'kWh', factor: 0.001 },
  kwh: { unit: 'kWh', factor: 1 },
  mwh: { unit: 'MWh', factor: 1 },
  gwh: { unit: 'GWh', factor: 1 },
  kw: { unit: 'kW', factor: 1 },
  mw: { unit: 'MW', factor: 1 },
  m2: { unit: 'm2', factor: 1 },
  'm²': { unit: 'm2', factor: 1 },
  'metre carre': { unit: 'm2', factor: 1 },
  'metres carres': { unit: 'm2', factor: 1 },
  ha: { unit: 'm2', factor: 10_000 },
  hectare: { unit: 'm2', factor: 10_000 },
  hectares: { unit: 'm2', factor: 10_000 },
  u: { unit: 'unit', factor: 1 },
  unite: { unit: 'unit', factor: 1 },
  unites: { unit: 'unit', factor: 1 },
  piece: { unit: 'unit', factor: 1 },
  pieces: { unit: 'unit', factor: 1 },
  palette: { unit: 'pallet', factor: 1 },
  palettes: { unit: 'pallet', factor: 1 },
  heure: { unit: 'h', factor: 1 },
  heures: { unit: 'h', factor: 1 },
  jour: { unit: 'day', factor: 1 },
  jours: { unit: 'day', factor: 1 },
  personne: { unit: 'person', factor: 1 },
  personnes: { unit: 'person', factor: 1 },
  trajet: { unit: 'trip', factor: 1 },
  trajets: { unit: 'trip', factor: 1 },
};

const unitKey = (text: string) => text.trim().toLowerCase().replace(/[()]/g, '').replace(/\s+/g, ' ');
const ALIAS_BY_KEY = new Map<string, UnitAlias>([
  ...UNIT_CODES.flatMap((code) => [
    [unitKey(code), { unit: code, factor: 1 }] as const,
    [unitKey(UNITS[code].label), { unit: code, factor: 1 }] as const,
  ]),
  ...Object.entries(UNIT_WORDS).flatMap(([w, a]) => [[unitKey(w), a] as const, [searchKey(w), a] as const]),
]);

const PERIOD_WORDS: Record<string, Period> = {
  an: 'year',
  annee: 'year',
  annuel: 'year',
  annuelle: 'year',
  'par an': 'year',
  year: 'year',
  mois: 'month',
  mensuel: 'month',
  mensuelle: 'month',
  'par mois': 'month',
  month: 'month',
  semaine: 'week',
  sem: 'week',
  hebdomadaire: 'week',
  'par semaine': 'week',
  week: 'week',
  jour: 'day',
  j: 'day',
  quotidien: 'day',
  quotidienne: 'day',
  'par jour': 'day',
  day: 'day',
  ponctuel: 'once',
  ponctuelle: 'once',
  once: 'once',
  'une fois': 'once',
};

export function parsePeriod(text: string): Period | undefined | null {
  const key = searchKey(text);
  if (key === '') return undefined;
  return PERIOD_WORDS[key] ?? null;
}

export interface ParsedUnit {
  unit: UnitCode;
  factor: number;
  /** « t/an » says its period with the unit. */
  period?: Period;
}

/** « t », « tonnes », « m³ », « kWh/an », « litres par mois » → an app unit, its factor, maybe a period. */
export function parseUnit(text: string): ParsedUnit | undefined | null {
  const raw = text.trim();
  if (raw === '') return undefined;
  const [, unitPart = raw, periodPart] = /^(.*?)\s*(?:\/|\bpar\b)\s*(.+)$/i.exec(raw) ?? [];
  const alias = ALIAS_BY_KEY.get(unitKey(unitPart)) ?? ALIAS_BY_KEY.get(searchKey(unitPart));
  if (!alias) return null;
  if (periodPart === undefined) return { ...alias };
  const period = parsePeriod(periodPart);
  return period ? { ...alias, period } : null;
}

/** The postcode of a cell or an address (« 71200 », « 71 200 », « 12 rue X, 71200 Le Creusot »): its last one. */
export function postcodeOf(text: string): string | undefined {
  const all = [...text.matchAll(/(?<!\d)(\d{2}) ?(\d{3})(?!\d)/g)];
  const last = all[all.length - 1];
  return last ? last[1]! + last[2]! : undefined;
}
