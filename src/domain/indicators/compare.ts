// Two reports side by side: every headline figure of each territory and of the total as labelled
// lines, with the change. Used to set a period beside the previous one, and a closed report beside
// a recomputation of the same period (only the lines that differ).
import { FAMILIES } from '../families';
import { FOLLOWUP_PIPELINE, FOLLOWUP_STATUS_LABELS, REJECTION_REASONS } from '../followup';
import { GAIN_METRIC_LABELS } from '../gains';
import { INDICATORS } from './definitions';
import { GAIN_TOTAL_KEYS, roundSum, type Figures, type IndicatorReport } from './report';

export interface FigureLine {
  /** Stable key: « companies.mobilised », « gains.realised.tco2e »… */
  key: string;
  label: string;
  value: number;
}

const sum = (values: number[]) => roundSum(values.reduce((s, v) => s + v, 0));

/** The headline figures of one scope (a territory, or the total), labelled in French. */
export function figureLines(f: Figures, accountsKnown: boolean): FigureLine[] {
  const lines: FigureLine[] = [
    { key: 'companies.mobilised', label: INDICATORS.companiesMobilised.label, value: f.companies.mobilised },
    { key: 'companies.visited', label: INDICATORS.companiesVisited.label, value: f.companies.visited },
    { key: 'companies.workshop', label: INDICATORS.companiesWorkshop.label, value: f.companies.workshop },
    { key: 'companies.withFlux', label: INDICATORS.companiesWithFlux.label, value: f.companies.withFlux },
  ];
  if (accountsKnown) lines.push({ key: 'accounts.active', label: INDICATORS.activeAccounts.label, value: f.accounts.active });
  lines.push(
    { key: 'flux', label: INDICATORS.fluxRecorded.label, value: sum(FAMILIES.map((fam) => f.flux[fam].need + f.flux[fam].offer)) },
    { key: 'synergies.substitution', label: 'Synergies de substitution', value: sum(FAMILIES.map((fam) => f.synergies.substitution[fam])) },
    {
      key: 'synergies.mutualisation',
      label: 'Synergies de mutualisation',
      value: sum(FAMILIES.map((fam) => f.synergies.mutualisation[fam])),
    },
    ...FOLLOWUP_PIPELINE.slice(1).map((stage) => ({
      key: `funnel.${stage}`,
      label: `Pistes arrivées à « ${FOLLOWUP_STATUS_LABELS[stage]} »`,
      value: f.funnel[stage],
    })),
    { key: 'rejected', label: INDICATORS.rejected.label, value: sum(REJECTION_REASONS.map((r) => f.rejected[r])) },
  );
  for (const side of ['expected', 'realised'] as const) {
    const title = side === 'expected' ? INDICATORS.gainsExpected.label : INDICATORS.gainsRealised.label;
    for (const k of GAIN_TOTAL_KEYS) {
      lines.push({
        key: `gains.${side}.${k}`,
        label: `${title} — ${GAIN_METRIC_LABELS[k]}`,
        value: sum(FAMILIES.map((fam) => f.gains[side][fam][k])),
      });
    }
  }
  lines.push(
    { key: 'workshops.held', label: INDICATORS.workshopsHeld.label, value: f.workshops.held },
    { key: 'workshops.participations', label: INDICATORS.workshopParticipations.label, value: f.workshops.participations },
  );
  return lines;
}

export interface ComparedLine {
  /** Territory id, or null for the total. */
  territoryId: string | null;
  key: string;
  label: string;
  before: number | undefined;
  after: number | undefined;
  /** after − before; undefined when either side is missing. */
  change: number | undefined;
  /** Change in % of before (one decimal); undefined when before is 0 or missing. */
  changePercent: number | undefined;
}

function scopes(report: IndicatorReport): [string | null, Figures][] {
  return [...report.territoryIds.map((t) => [t, report.territories[t]!] as [string, Figures]), [null, report.total]];
}

/** Every line of both reports, the total last; a territory in one report only has its other side missing. */
export function compareReports(before: IndicatorReport, after: IndicatorReport): ComparedLine[] {
  const known = before.accountsKnown && after.accountsKnown;
  const index = (r: IndicatorReport) =>
    new Map(scopes(r).flatMap(([t, f]) => figureLines(f, known).map((l) => [`${t ?? ''}|${l.key}`, l] as const)));
  const [a, b] = [index(before), index(after)];
  const territories = [...new Set([...before.territoryIds, ...after.territoryIds])].sort();
  const out: ComparedLine[] = [];
  for (const t of [...territories, null]) {
    const keys = figureLines(after.total, known);
    for (const { key, label } of keys) {
      const x = a.get(`${t ?? ''}|${key}`)?.value;
      const y = b.get(`${t ?? ''}|${key}`)?.value;
      const change = x === undefined || y === undefined ? undefined : roundSum(y - x);
      const changePercent = change === undefined || !x ? undefined : Math.round((change / x) * 1000) / 10;
      out.push({ territoryId: t, key, label, before: x, after: y, change, changePercent });
    }
  }
  return out;
}

/** Only what changed: the differences between a closed report and a recomputation of its period. */
export const reportDifferences = (closed: IndicatorReport, recomputed: IndicatorReport) =>
  compareReports(closed, recomputed).filter((l) => l.before !== l.after);

const CHANGE_COLUMNS = ['Évolution', 'Évolution (%)'];

/** The total of two periods side by side, with the change: « Comparaison avec la période précédente ». */
export function comparisonTable(previous: IndicatorReport, current: IndicatorReport, labels: { previous: string; current: string }) {
  const lines = compareReports(previous, current).filter((l) => l.territoryId === null);
  return {
    id: 'comparison' as const,
    title: 'Comparaison avec la période précédente',
    howCounted:
      'Chaque chiffre du total, compté par les mêmes règles sur la période précédente (l’année, le trimestre ou le même nombre de jours juste avant) ; l’évolution est la différence, et sa part du chiffre précédent.',
    columns: ['Indicateur', labels.previous, labels.current, ...CHANGE_COLUMNS],
    rows: lines.map((l) => [l.label, l.before, l.after, l.change, l.changePercent]),
  };
}

/** What changed between a closed report and a recomputation of its period, by territory. */
export function differencesTable(closed: IndicatorReport, recomputed: IndicatorReport, names: Readonly<Record<string, string>>) {
  return {
    id: 'differences' as const,
    title: 'Différences avec un nouveau calcul',
    howCounted:
      'Les chiffres du rapport clôturé comparés à ceux que donnerait aujourd’hui la même période, aux mêmes territoires : seules les lignes qui diffèrent (corrections, suppressions, saisies tardives).',
    columns: ['Territoire', 'Indicateur', 'Rapport clôturé', 'Nouveau calcul', 'Écart'],
    rows: reportDifferences(closed, recomputed).map((l) => [
      l.territoryId === null ? 'Total' : (names[l.territoryId] ?? l.territoryId),
      l.label,
      l.before,
      l.after,
      l.change,
    ]),
  };
}
