// Export of the companies as a CSV that opens as-is in French Excel.
import { CompanySchema, HEADCOUNT_LABELS, type Company, type Territory } from '../domain';
import { db } from '../db/database';
import { validateRows } from '../db/validated-read';
import { COMPANY_FIELDS, COMPANY_HEADERS, type CompanyField } from './company-columns';
import { toCsv } from './csv';
import { formatDate, formatDecimal, formatYesNo, guardFormula, localDay } from './excel-format';

/** "12345678901234" → "123 456 789 01234": the way INSEE prints it, and Excel keeps it as text. */
export function formatSiret(siret: string): string {
  return /^\d{14}$/.test(siret) ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}` : siret;
}

function companyCells(c: Company, territoryName: (id: string) => string): Record<CompanyField, string> {
  return {
    name: c.name,
    siret: formatSiret(c.siret),
    naf: c.naf,
    // Labels rather than band codes: Excel would turn "1-9" into the 1st of September.
    headcount: c.headcount ? HEADCOUNT_LABELS[c.headcount] : '',
    address: c.address,
    lat: formatDecimal(c.location?.lat),
    lon: formatDecimal(c.location?.lon),
    territory: territoryName(c.territoryId),
    zone: c.zone,
    contactName: c.contact.name,
    contactRole: c.contact.role,
    email: c.contact.email,
    phone: c.contact.phone,
    consent: formatYesNo(c.consent),
    consentDate: formatDate(c.consentDate),
    notes: c.notes,
  };
}

/** Pure: companies (sorted by name) to CSV text with BOM, ';' and CRLF. */
export function companiesToCsv(companies: readonly Company[], territories: readonly Territory[]): string {
  const names = new Map(territories.map((t) => [t.id, t.name]));
  const territoryName = (id: string) => names.get(id) ?? id;
  const sorted = [...companies].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  const rows = sorted.map((c) => {
    const cells = companyCells(c, territoryName);
    return COMPANY_FIELDS.map((f) => guardFormula(cells[f]));
  });
  return toCsv([COMPANY_FIELDS.map((f) => COMPANY_HEADERS[f]), ...rows], { bom: true });
}

/** The companies of the local base (deleted ones left out) as a French Excel CSV. */
export async function exportCompaniesCsv(): Promise<string> {
  const database = db();
  const [raw, territories] = await Promise.all([database.companies.toArray(), database.territories.toArray()]);
  const { rows } = validateRows(
    CompanySchema,
    raw.filter((c) => !c.deleted),
  );
  return companiesToCsv(rows, territories);
}

export const companiesCsvFileName = (now?: Date) => `synergies-terrain-entreprises-${localDay(now)}.csv`;
