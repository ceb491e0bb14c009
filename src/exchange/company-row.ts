// One CSV row of the companies file to a company input: cells read the French way, territory
// found by name or id. Pure; problems the schema cannot see are returned as French messages.
import { HEADCOUNT_BANDS, HEADCOUNT_LABELS, searchKey, type CompanyInput, type Territory } from '../domain';
import { COMPANY_HEADERS, type CompanyField } from './company-columns';
import { isoDayToTimestamp, parseDate, parseDecimal, parseYesNo } from './excel-format';

export type CompanyCells = Partial<Record<CompanyField, string>>;
export type ImportedCompany = Omit<CompanyInput, 'id' | 'createdAt' | 'updatedAt'>;

export interface MappedRow {
  input: ImportedCompany;
  errors: string[];
  /** Schema fields already reported here, so the schema's own message is not repeated. */
  failed: Set<string>;
}

type Band = (typeof HEADCOUNT_BANDS)[number];

/** "10-49", "10 à 49 salariés" or a head count such as "35" → band. */
export function parseHeadcount(text: string): Band | undefined | null {
  const s = text.trim();
  if (s === '') return undefined;
  const band = HEADCOUNT_BANDS.find((b) => b === s || searchKey(HEADCOUNT_LABELS[b]) === searchKey(s));
  if (band) return band;
  if (!/^\d+$/.test(s)) return null;
  const n = Number(s);
  if (n === 0) return '0';
  if (n < 10) return '1-9';
  if (n < 50) return '10-49';
  if (n < 250) return '50-249';
  return n < 1000 ? '250-999' : '1000+';
}

/** A territory by id or by name, compared without case, accents or punctuation. */
export function findTerritory(territories: readonly Territory[], text: string): Territory | undefined {
  const key = searchKey(text);
  const live = territories.filter((t) => !t.deleted);
  return live.find((t) => t.id === text.trim()) ?? live.find((t) => searchKey(t.name) === key || searchKey(t.id) === key);
}

export function mapCompanyRow(cells: CompanyCells, territories: readonly Territory[], defaultTerritoryId?: string): MappedRow {
  const errors: string[] = [];
  const failed = new Set<string>();
  const fail = (schemaField: string, message: string) => {
    errors.push(message);
    failed.add(schemaField);
  };
  const text = (f: CompanyField) => cells[f]?.trim() ?? '';

  const headcount = parseHeadcount(text('headcount'));
  if (headcount === null) fail('headcount', `${COMPANY_HEADERS.headcount} : tranche inconnue « ${text('headcount')} »`);

  const lat = parseDecimal(text('lat'));
  const lon = parseDecimal(text('lon'));
  for (const [field, value] of [
    ['lat', lat],
    ['lon', lon],
  ] as const) {
    if (Number.isNaN(value)) fail('location', `${COMPANY_HEADERS[field]} : nombre attendu (« ${text(field)} »)`);
  }
  if ((lat === undefined) !== (lon === undefined)) {
    fail('location', 'Latitude et Longitude : renseigner les deux ou aucune');
  }

  let territoryId = defaultTerritoryId;
  if (text('territory')) {
    territoryId = findTerritory(territories, text('territory'))?.id;
    if (!territoryId) fail('territoryId', `${COMPANY_HEADERS.territory} : territoire inconnu « ${text('territory')} »`);
  }

  const consent = parseYesNo(text('consent'));
  if (consent === null) fail('consent', `${COMPANY_HEADERS.consent} : Oui ou Non attendu (« ${text('consent')} »)`);
  const consentDay = parseDate(text('consentDate'));
  if (consentDay === null) {
    fail('consentDate', `${COMPANY_HEADERS.consentDate} : date JJ/MM/AAAA attendue (« ${text('consentDate')} »)`);
  }

  const input: ImportedCompany = {
    // Left out when empty so the schema says "Raison sociale requise".
    name: text('name') || undefined,
    siret: text('siret'),
    naf: text('naf'),
    headcount: headcount ?? undefined,
    address: text('address'),
    location: lat !== undefined && lon !== undefined && !failed.has('location') ? { lat, lon } : undefined,
    territoryId,
    zone: text('zone'),
    contact: { name: text('contactName'), role: text('contactRole'), email: text('email'), phone: text('phone') },
    consent: consent ?? false,
    consentDate: consentDay ? isoDayToTimestamp(consentDay) : undefined,
    // Notes keep their inner line breaks and indentation.
    notes: cells.notes ?? '',
  } as ImportedCompany;
  return { input, errors, failed };
}

/** Why a line filed in a territory the advisor may not write is refused (undefined: it may). */
export function notWritable(
  territoryId: string,
  territories: readonly Territory[],
  writable: readonly string[] | undefined,
): string | undefined {
  if (!writable || writable.includes(territoryId)) return undefined;
  const name = (id: string) => territories.find((t) => t.id === id)?.name ?? id;
  const yours = writable.length > 0 ? `vos territoires : ${writable.map(name).join(', ')}` : 'votre compte n’a aucun territoire';
  return `Territoire : « ${name(territoryId)} » n’est pas un de vos territoires (${yours}), ligne ignorée`;
}
