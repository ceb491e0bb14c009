// Export of the follow-ups of synergies as a French Excel CSV, one line per synergy: status and
// its dates, why and until when it waits, next action, study and checks, expected and realised gains with t CO2e and how it was
// obtained, companies and resources. Quantities come from the snapshot's sentence only, which the
// matcher writes without any confidential flux's quantity; notes are not exported.
import {
  CHECK_STATE_LABELS,
  FAMILY_LABELS,
  FOLLOWUP_ORIGIN_LABELS,
  FOLLOWUP_STATUSES,
  FOLLOWUP_STATUS_LABELS,
  GAIN_METRICS,
  GAIN_METRIC_LABELS,
  REJECTION_REASON_LABELS,
  SYNERGY_KIND_LABELS,
  computeTco2e,
  effectiveMoves,
  findResource,
  type Followup,
  type FollowupStatus,
  type Gains,
} from '../domain';
import { db } from '../db/database';
import { listFollowups } from '../db/followup-queries';
import { toCsv } from './csv';
import { formatDate, formatDecimal, guardFormula, localDay } from './excel-format';

const CHECK_HEADERS = {
  byProduct: 'Sous-produit (L541-4-2)',
  endOfWaste: 'Sortie du statut de déchet (L541-4-3)',
  wasteRegister: 'Registre des déchets',
  agreementSigned: 'Convention signée',
} as const;

const gainHeaders = (prefix: string) => [
  ...GAIN_METRICS.map((m) => `${prefix} – ${GAIN_METRIC_LABELS[m]}`),
  `${prefix} – ${GAIN_METRIC_LABELS.tco2e}`,
  `${prefix} – origine du chiffre CO2e`,
];

export const FOLLOWUP_HEADERS = [
  'Synergie',
  'Origine',
  'Type',
  'Famille',
  'Ressources',
  'Entreprises',
  'Territoires',
  'Description',
  'Statut',
  'Motif d’écartement',
  'En attente – motif',
  'En attente – jusqu’au',
  'Ouverte le',
  'Statut changé le',
  'Mis à jour le',
  'Prochaine action',
  'Échéance',
  'Responsable',
  'Étude technique',
  'Étude économique',
  'Étude réglementaire',
  ...Object.values(CHECK_HEADERS),
  ...gainHeaders('Attendu'),
  ...gainHeaders('Réalisé'),
  'Notes',
] as const;

/** « Facteur : … (source, année) » or « Saisi manuellement : raison », as a funder checks it. */
function co2Origin(gains: Gains): string {
  const result = computeTco2e(gains);
  if (result.source === 'override') {
    return `Saisi manuellement${gains.overrideReason ? ` : ${gains.overrideReason}` : ''}`;
  }
  if (result.source === 'factor' && result.factor) {
    return `Facteur : ${result.factor.label} — ${result.factor.source} (${result.factor.year})`;
  }
  return '';
}

const gainCells = (gains: Gains) => [
  ...GAIN_METRICS.map((m) => formatDecimal(gains[m])),
  formatDecimal(computeTco2e(gains).value),
  co2Origin(gains),
];

function rejectionText(f: Followup): string {
  if (f.status !== 'rejected' || !f.rejection) return '';
  const label = REJECTION_REASON_LABELS[f.rejection.reason];
  return f.rejection.text ? `${label} : ${f.rejection.text}` : label;
}

/** The day the follow-up reached its current status (its opening day if never changed). */
function statusDate(f: Followup): number {
  // Only a move that took effect: a lost or corrected one, or a conflict line, is no date of it.
  const last = [...effectiveMoves(f.history)].reverse().find((h) => h.to === f.status);
  return last?.at ?? f.createdAt;
}

function followupRow(f: Followup, territoryNames: ReadonlyMap<string, string>): string[] {
  const s = f.snapshot;
  return [
    f.synergyId,
    FOLLOWUP_ORIGIN_LABELS[f.origin],
    SYNERGY_KIND_LABELS[s.kind],
    FAMILY_LABELS[s.family],
    s.resourceCodes.map((code) => findResource(code)?.label ?? code).join(' ; '),
    s.companies.map((c) => c.name).join(' ; '),
    f.territoryIds.map((t) => territoryNames.get(t) ?? t).join(' ; '),
    s.explanation,
    FOLLOWUP_STATUS_LABELS[f.status],
    rejectionText(f),
    // « Plus tard » from the queue or « En attente »: why it waits, and the day it comes back.
    f.onHold?.reason ?? '',
    formatDate(f.onHold?.until),
    formatDate(f.createdAt),
    formatDate(statusDate(f)),
    formatDate(f.updatedAt),
    f.nextAction?.text ?? '',
    formatDate(f.nextAction?.dueDate),
    f.nextAction?.assigneeName ?? '',
    CHECK_STATE_LABELS[f.study.technical],
    CHECK_STATE_LABELS[f.study.economic],
    CHECK_STATE_LABELS[f.study.regulatory],
    ...(Object.keys(CHECK_HEADERS) as (keyof typeof CHECK_HEADERS)[]).map((k) => CHECK_STATE_LABELS[f.checks[k]]),
    ...gainCells(f.expectedGains),
    ...gainCells(f.realisedGains),
    String(f.notes.length),
  ];
}

const STATUS_ORDER = new Map<FollowupStatus, number>(FOLLOWUP_STATUSES.map((s, i) => [s, i]));

/** Pure: follow-ups to CSV text, by status along the pipeline then by companies; deleted ones left out. */
export function followupsToCsv(followups: readonly Followup[], territoryNames: ReadonlyMap<string, string> = new Map()): string {
  const rows = followups
    .filter((f) => !f.deleted)
    .map((f) => ({ f, companies: f.snapshot.companies.map((c) => c.name).join(' ; ') }))
    .sort((x, y) => STATUS_ORDER.get(x.f.status)! - STATUS_ORDER.get(y.f.status)! || x.companies.localeCompare(y.companies, 'fr'))
    .map(({ f }) => followupRow(f, territoryNames).map(guardFormula));
  return toCsv([[...FOLLOWUP_HEADERS], ...rows], { bom: true });
}

/** The follow-ups of the local base (optionally some territories or statuses) as a CSV. */
export async function exportFollowupsCsv(filter: { territoryIds?: string[]; statuses?: FollowupStatus[] } = {}): Promise<string> {
  const [{ items }, territories] = await Promise.all([
    listFollowups({ ...filter, offset: 0, limit: Number.MAX_SAFE_INTEGER }),
    db().territories.toArray(),
  ]);
  return followupsToCsv(items, new Map(territories.map((t) => [t.id, t.name])));
}

export const followupsCsvFileName = (now?: Date) => `synergies-terrain-suivi-${localDay(now)}.csv`;
