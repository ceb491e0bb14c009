// A workshop's report as data and as a French Excel CSV: who came, what each company offered and
// sought, which synergies were detected. A confidential flux's quantity is never written.
import { findResource, formatQuantity, type Company, type Flux, type Synergy } from '../domain';
import type { Workshop } from '../domain/workshop';
import { toCsv } from './csv';
import { formatDecimal, guardFormula } from './excel-format';

export interface ReportCompany {
  company: Company;
  table: string;
  offers: string[];
  needs: string[];
  /** Flux entered during this workshop (provenance), the others coming from earlier visits. */
  enteredHere: number;
}

export interface WorkshopReport {
  companies: ReportCompany[];
  synergies: Synergy[];
  fluxEntered: number;
}

function resourceText(f: Flux): string {
  const label = f.label || findResource(f.resourceCode)?.label || f.resourceCode;
  if (f.quantity === undefined || !f.unit) return label;
  return f.confidential ? `${label} (quantité confidentielle)` : `${label} (${formatQuantity(f.quantity, f.unit, f.period)})`;
}

export function buildWorkshopReport(workshop: Workshop, companies: readonly Company[], flux: readonly Flux[], synergies: readonly Synergy[]): WorkshopReport {
  const inRoom = new Set(workshop.companyIds);
  const tableOf = (id: string) => workshop.tables.find((t) => t.companyIds.includes(id))?.name ?? '';
  const live = flux.filter((f) => !f.deleted && inRoom.has(f.companyId));
  const rows = companies
    .filter((c) => inRoom.has(c.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
    .map((company) => {
      const own = live.filter((f) => f.companyId === company.id);
      return {
        company,
        table: tableOf(company.id),
        offers: own.filter((f) => f.direction === 'offer').map(resourceText),
        needs: own.filter((f) => f.direction === 'need').map(resourceText),
        enteredHere: own.filter((f) => f.workshopId === workshop.id).length,
      };
    });
  return {
    companies: rows,
    synergies: synergies
      .filter((s) => s.companyIds.filter((id) => inRoom.has(id)).length >= 2)
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)),
    fluxEntered: live.filter((f) => f.workshopId === workshop.id).length,
  };
}

/** Two blocks in one sheet: participants with their resources, then the synergies detected. */
export function workshopReportToCsv(report: WorkshopReport): string {
  const rows: string[][] = [['Entreprise', 'Table', 'Propose', 'Recherche', 'Flux saisis pendant l’atelier']];
  for (const r of report.companies) {
    rows.push([r.company.name, r.table, r.offers.join(' | '), r.needs.join(' | '), String(r.enteredHere)]);
  }
  rows.push([]);
  rows.push(['Synergie', 'Nature', 'Score', 'Distance (km)', 'Entreprises']);
  const names = new Map(report.companies.map((r) => [r.company.id, r.company.name]));
  for (const s of report.synergies) {
    rows.push([
      s.explanation,
      s.kind === 'substitution' ? 'Substitution' : 'Mutualisation',
      String(s.score),
      formatDecimal(Math.round(s.distanceKm * 10) / 10),
      s.companyIds.map((id) => names.get(id) ?? id).join(' | '),
    ]);
  }
  return toCsv(rows.map((r) => r.map(guardFormula)), { bom: true });
}
