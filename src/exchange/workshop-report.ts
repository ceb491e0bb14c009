// A workshop's report as data and as a French Excel CSV: who came, what each company offered and
// sought, which synergies were detected. It is handed to the room, so it follows the room's rule
// (domain/workshop-room): no confidential flux, only participants named.
import { type Company, type Flux, type Synergy } from '../domain';
import type { Workshop } from '../domain/workshop';
import { fluxWhat, roomFlux, roomSynergies, type RoomSynergy } from '../domain/workshop-room';
import { toCsv } from './csv';
import { formatDecimal, guardFormula } from './excel-format';

/** Printed on every report, whatever it holds: it says the rule without hinting at any flux. */
export const CONFIDENTIAL_NOTE =
  'Les ressources déclarées confidentielles ne figurent pas dans ce compte rendu : quantité et présence confidentielles.';

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
  synergies: RoomSynergy[];
  fluxEntered: number;
  /** « Animation : … », empty when nobody was recorded. */
  animation: string;
}

export function buildWorkshopReport(
  workshop: Workshop,
  companies: readonly Company[],
  flux: readonly Flux[],
  synergies: readonly Synergy[],
): WorkshopReport {
  const participants = companies.filter((c) => workshop.companyIds.includes(c.id));
  const tableOf = (id: string) => workshop.tables.find((t) => t.companyIds.includes(id))?.name ?? '';
  const shown = roomFlux(participants, flux);
  const rows = [...participants]
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
    .map((company) => {
      const own = shown.filter((f) => f.companyId === company.id);
      return {
        company,
        table: tableOf(company.id),
        offers: own.filter((f) => f.direction === 'offer').map(fluxWhat),
        needs: own.filter((f) => f.direction === 'need').map(fluxWhat),
        enteredHere: own.filter((f) => f.workshopId === workshop.id).length,
      };
    });
  return {
    companies: rows,
    synergies: roomSynergies(participants, flux, synergies),
    fluxEntered: shown.filter((f) => f.workshopId === workshop.id).length,
    animation: workshop.animators.join(', '),
  };
}

/** Two blocks in one sheet: participants with their resources, then the synergies detected. */
export function workshopReportToCsv(report: WorkshopReport): string {
  const rows: string[][] = [];
  if (report.animation) rows.push(['Animation', report.animation], []);
  rows.push(['Entreprise', 'Table', 'Propose', 'Recherche', 'Flux saisis pendant l’atelier']);
  for (const r of report.companies) {
    rows.push([r.company.name, r.table, r.offers.join(' | '), r.needs.join(' | '), String(r.enteredHere)]);
  }
  rows.push([CONFIDENTIAL_NOTE]);
  rows.push([]);
  rows.push(['Synergie', 'Nature', 'Distance (km)', 'Entreprises participantes']);
  for (const s of report.synergies) {
    rows.push([
      s.sentence,
      s.kind === 'substitution' ? 'Substitution' : 'Mutualisation',
      s.distanceKm === undefined ? '' : formatDecimal(Math.round(s.distanceKm * 10) / 10),
      s.names.join(' | '),
    ]);
  }
  return toCsv(
    rows.map((r) => r.map(guardFormula)),
    { bom: true },
  );
}
