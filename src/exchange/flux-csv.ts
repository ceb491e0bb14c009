// Export of the flux (needs and offers) as a French Excel CSV, one line per flux with its company.
import {
  AVAILABILITY_LABELS,
  CompanySchema,
  FAMILY_LABELS,
  FluxSchema,
  PERIOD_LABELS,
  UNITS,
  findResource,
  gradeLabel,
  type Company,
  type Direction,
  type Flux,
} from '../domain';
import { fluxWasteCode } from '../domain/ler';
import { RECOVERY_OPERATION_LABELS } from '../domain/taxonomy/recovery-labels';
import { db } from '../db/database';
import { validateRows } from '../db/validated-read';
import { formatSiret } from './companies-csv';
import { toCsv } from './csv';
import { formatDate, formatDecimal, formatYesNo, guardFormula, localDay } from './excel-format';

export const FLUX_HEADERS = [
  'Entreprise',
  'SIRET',
  'Famille',
  'Ressource',
  'Code ressource',
  'Libellé',
  'Sens',
  'Quantité',
  'Unité',
  'Période',
  'Disponibilité',
  'Mois',
  'Du',
  'Au',
  'Description',
  'Gestion actuelle',
  'Coût annuel (€)',
  'Code déchet (LER)',
  'Opération de valorisation',
  'Déchets dangereux acceptés',
  'Confidentiel',
  'Qualité',
  'Qualités acceptées',
  'Température (°C)',
  'Pression (bar)',
] as const;

// Spreadsheet users filter on short words; the app's "À donner / disponible" is for the form.
const DIRECTION_CSV: Record<Direction, string> = { need: 'Besoin', offer: 'Offre' };

const MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

function fluxRow(f: Flux, company: Company | undefined): string[] {
  const resource = findResource(f.resourceCode);
  const a = f.availability;
  return [
    company?.name ?? '',
    formatSiret(company?.siret ?? ''),
    FAMILY_LABELS[f.family],
    resource?.label ?? f.resourceCode,
    f.resourceCode,
    f.label,
    DIRECTION_CSV[f.direction],
    formatDecimal(f.quantity),
    f.unit ? UNITS[f.unit].label : '',
    f.period ? PERIOD_LABELS[f.period] : '',
    AVAILABILITY_LABELS[a.kind],
    a.kind === 'seasonal' ? a.months.map((m) => MONTHS[m - 1]).join(', ') : '',
    a.kind === 'dates' ? formatDate(a.from) : '',
    a.kind === 'dates' ? formatDate(a.to) : '',
    f.description,
    f.currentHandling,
    formatDecimal(f.annualCostEur),
    fluxWasteCode(f) ?? '',
    f.recoveryOperation ? `${f.recoveryOperation} – ${RECOVERY_OPERATION_LABELS[f.recoveryOperation]}` : '',
    // Only a waste taken as input says whether it may be hazardous.
    f.direction === 'need' && (resource?.wasteCode || (resource?.isOther && resource.family === 'materials'))
      ? formatYesNo(f.acceptsHazardous ?? false)
      : '',
    formatYesNo(f.confidential),
    f.grade ? gradeLabel(f.grade) : '',
    (f.acceptedGrades ?? []).map(gradeLabel).join(', '),
    formatDecimal(f.temperatureC),
    formatDecimal(f.pressureBar),
  ];
}

/** Pure: flux to CSV text, sorted by company then family and direction; deleted companies' flux left out. */
export function fluxToCsv(flux: readonly Flux[], companies: readonly Company[]): string {
  const byId = new Map(companies.map((c) => [c.id, c]));
  const rows = flux
    .filter((f) => !f.deleted && byId.get(f.companyId)?.deleted === false)
    .map((f) => ({ f, company: byId.get(f.companyId) }))
    .sort(
      (x, y) =>
        (x.company?.name ?? '').localeCompare(y.company?.name ?? '', 'fr') ||
        x.f.family.localeCompare(y.f.family) ||
        x.f.direction.localeCompare(y.f.direction) ||
        x.f.createdAt - y.f.createdAt,
    )
    .map(({ f, company }) => fluxRow(f, company).map(guardFormula));
  return toCsv([[...FLUX_HEADERS], ...rows], { bom: true });
}

/** The flux of the local base as a French Excel CSV. */
export async function exportFluxCsv(): Promise<string> {
  const database = db();
  const [rawFlux, rawCompanies] = await Promise.all([database.flux.toArray(), database.companies.toArray()]);
  return fluxToCsv(validateRows(FluxSchema, rawFlux).rows, validateRows(CompanySchema, rawCompanies).rows);
}

export const fluxCsvFileName = (now?: Date) => `synergies-terrain-flux-${localDay(now)}.csv`;
