// A workshop's report as data and as a French Excel CSV: who came, what each company offered and
// sought, which synergies were detected. Handed to the room, it follows the room's rule
// (domain/workshop-room): no confidential flux, only participants named. The referent's copy
// lists confidential flux too, each marked « quantité et présence confidentielles ».
import { type Company, type Flux, type Synergy } from '../domain';
import type { Workshop } from '../domain/workshop';
import { fluxWhat, roomFlux, roomSynergies, type RoomAudience, type RoomSynergy } from '../domain/workshop-room';
import { toCsv } from './csv';
import { formatDecimal, guardFormula } from './excel-format';

/** Printed on every report, whatever it holds: it says the rule without hinting at any flux. */
export const CONFIDENTIAL_NOTE =
  'Les ressources déclarées confidentielles ne figurent pas dans ce compte rendu : quantité et présence confidentielles.';

/** The marker of each confidential flux and synergy in the referent's copy, as the issue words it. */
export const CONFIDENTIAL_MARK = 'quantité et présence confidentielles';

/** Heads the referent's copy (printed too): it must not leave the follow-up team. */
export const INTERNAL_NOTE =
  'Document interne : il contient les ressources déclarées confidentielles (marquées « quantité et présence confidentielles »), à ne communiquer ni aux participants ni à d’autres entreprises. La version pour les participants les omet.';

export interface ReportFlux {
  what: string;
  confidential: boolean;
}

export interface ReportCompany {
  company: Company;
  table: string;
  offers: ReportFlux[];
  needs: ReportFlux[];
  /** Flux entered during this workshop (provenance), the others coming from earlier visits. */
  enteredHere: number;
}

export interface WorkshopReport {
  /** `room`: the copy handed out; `referent`: with confidential flux, marked. */
  audience: RoomAudience;
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
  audience: RoomAudience = 'room',
): WorkshopReport {
  const participants = companies.filter((c) => workshop.companyIds.includes(c.id));
  const tableOf = (id: string) => workshop.tables.find((t) => t.companyIds.includes(id))?.name ?? '';
  const shown = roomFlux(participants, flux, audience);
  const item = (f: Flux): ReportFlux => ({ what: fluxWhat(f), confidential: f.confidential });
  const rows = [...participants]
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
    .map((company) => {
      const own = shown.filter((f) => f.companyId === company.id);
      return {
        company,
        table: tableOf(company.id),
        offers: own.filter((f) => f.direction === 'offer').map(item),
        needs: own.filter((f) => f.direction === 'need').map(item),
        enteredHere: own.filter((f) => f.workshopId === workshop.id).length,
      };
    });
  return {
    audience,
    companies: rows,
    synergies: roomSynergies(participants, flux, synergies, audience),
    fluxEntered: shown.filter((f) => f.workshopId === workshop.id).length,
    animation: workshop.animators.join(', '),
  };
}

/** « Ferraille (3 t) — quantité et présence confidentielles » in a cell of the referent's copy. */
export const reportFluxText = (f: ReportFlux): string => (f.confidential ? `${f.what} — ${CONFIDENTIAL_MARK}` : f.what);

/** Two blocks in one sheet: participants with their resources, then the synergies detected. */
export function workshopReportToCsv(report: WorkshopReport): string {
  const rows: string[][] = [];
  if (report.audience === 'referent') rows.push([INTERNAL_NOTE], []);
  if (report.animation) rows.push(['Animation', report.animation], []);
  rows.push(['Entreprise', 'Table', 'Propose', 'Recherche', 'Flux saisis pendant l’atelier']);
  for (const r of report.companies) {
    const cell = (list: ReportFlux[]) => list.map(reportFluxText).join(' | ');
    rows.push([r.company.name, r.table, cell(r.offers), cell(r.needs), String(r.enteredHere)]);
  }
  if (report.audience === 'room') rows.push([CONFIDENTIAL_NOTE]);
  rows.push([]);
  const referent = report.audience === 'referent';
  rows.push(['Synergie', 'Nature', 'Distance (km)', 'Entreprises participantes', ...(referent ? ['Confidentialité'] : [])]);
  for (const s of report.synergies) {
    rows.push([
      s.sentence,
      s.kind === 'substitution' ? 'Substitution' : 'Mutualisation',
      s.distanceKm === undefined ? '' : formatDecimal(Math.round(s.distanceKm * 10) / 10),
      s.names.join(' | '),
      ...(referent ? [s.confidential ? `${CONFIDENTIAL_MARK} (${s.confidentialNames?.join(', ')})` : ''] : []),
    ]);
  }
  return toCsv(
    rows.map((r) => r.map(guardFormula)),
    { bom: true },
  );
}
