// An indicator report as tables: one per indicator, each with its columns and rows. The page draws
// them under its charts, the printed report lays them out, and the CSV export writes them, so the
// three always hold the same figures.
import { FAMILIES, FAMILY_LABELS } from '../families';
import { FOLLOWUP_PIPELINE, FOLLOWUP_STATUS_LABELS, REJECTION_REASONS, REJECTION_REASON_LABELS } from '../followup';
import { GAIN_METRIC_LABELS } from '../gains';
import { findResource } from '../taxonomy';
import { SYNERGY_KINDS } from '../synergy';
import { ROLES, ROLE_LABELS } from '../user';
import { DEVICE_ACCOUNTS_NOTE, INDICATORS, UNKNOWN_ON_DEVICE, type IndicatorId } from './definitions';
import { conversionRate } from './compute';
import { monthLabel } from './period';
import { GAIN_TOTAL_KEYS, roundSum, type Figures, type GainTotals, type IndicatorReport } from './report';

/** A number, a text, or nothing (a rate with no base). */
export type Cell = number | string | undefined;

export interface IndicatorTable {
  id:
    | IndicatorId
    | 'convention'
    | 'gainsExpectedByTerritory'
    | 'gainsRealisedByTerritory'
    | 'implementedList'
    | 'gainsByCategory'
    | 'comparison'
    | 'targets'
    | 'advisors'
    | 'differences';
  title: string;
  howCounted: string;
  columns: string[];
  rows: Cell[][];
}

export type TerritoryNames = Readonly<Record<string, string>>;

const nameOf = (names: TerritoryNames, id: string) => names[id] ?? id;
const totalLabel = (report: IndicatorReport) => (report.programme ? 'Programme' : 'Ensemble');

/** One row per territory, then the total: the rows of every per-territory table. */
function perTerritory(report: IndicatorReport, names: TerritoryNames, cells: (f: Figures) => Cell[]): Cell[][] {
  return [
    ...report.territoryIds.map((t) => [nameOf(names, t), ...cells(report.territories[t]!)]),
    [totalLabel(report), ...cells(report.total)],
  ];
}

const sumGains = (side: Record<string, GainTotals>): GainTotals =>
  Object.fromEntries(GAIN_TOTAL_KEYS.map((k) => [k, roundSum(Object.values(side).reduce((s, g) => s + g[k], 0))])) as GainTotals;
const synergiesOf = (f: Figures, kind: (typeof SYNERGY_KINDS)[number]) => FAMILIES.reduce((s, fam) => s + f.synergies[kind][fam], 0);
const fluxOf = (f: Figures, direction: 'need' | 'offer') => FAMILIES.reduce((s, fam) => s + f.flux[fam][direction], 0);
const GAIN_COLUMNS = GAIN_TOTAL_KEYS.map((k) => GAIN_METRIC_LABELS[k]);

/** An account figure, or « non connu » where the report could not count accounts (a device). */
const accountCell = (report: IndicatorReport, n: number): Cell => (report.accountsKnown ? n : UNKNOWN_ON_DEVICE);
/** The sentence under an account figure, with what a device cannot know. */
const accountsHow = (report: IndicatorReport) =>
  report.accountsKnown ? INDICATORS.activeAccounts.howCounted : `${INDICATORS.activeAccounts.howCounted} ${DEVICE_ACCOUNTS_NOTE}`;

/** The convention's article 8 table: per territory, companies mobilised, active accounts, synergies by nature. */
export function conventionTable(report: IndicatorReport, names: TerritoryNames): IndicatorTable {
  return {
    id: 'convention',
    title: 'Tableau de la convention (article 8)',
    howCounted: `${INDICATORS.companiesMobilised.howCounted} ${accountsHow(report)} ${INDICATORS.synergiesIdentified.howCounted}`,
    columns: ['Territoire', 'Entreprises mobilisées', 'Comptes actifs', 'Synergies de substitution', 'Synergies de mutualisation'],
    rows: perTerritory(report, names, (f) => [
      f.companies.mobilised,
      accountCell(report, f.accounts.active),
      synergiesOf(f, 'substitution'),
      synergiesOf(f, 'mutualisation'),
    ]),
  };
}

export function indicatorTables(report: IndicatorReport, names: TerritoryNames): IndicatorTable[] {
  const t = report.total;
  const describe = (id: IndicatorId) => ({ id, title: INDICATORS[id].label, howCounted: INDICATORS[id].howCounted });
  const proposed = t.funnel.proposed;
  const gainsByTerritory = (side: 'expected' | 'realised'): IndicatorTable => ({
    id: side === 'expected' ? 'gainsExpectedByTerritory' : 'gainsRealisedByTerritory',
    title: `${INDICATORS[side === 'expected' ? 'gainsExpected' : 'gainsRealised'].label} par territoire`,
    howCounted: INDICATORS[side === 'expected' ? 'gainsExpected' : 'gainsRealised'].howCounted,
    columns: ['Territoire', ...GAIN_COLUMNS],
    rows: perTerritory(report, names, (f) => GAIN_TOTAL_KEYS.map((k) => sumGains(f.gains[side])[k])),
  });
  const gainsByFamily = (side: 'expected' | 'realised'): IndicatorTable => ({
    ...describe(side === 'expected' ? 'gainsExpected' : 'gainsRealised'),
    title: `${INDICATORS[side === 'expected' ? 'gainsExpected' : 'gainsRealised'].label} par famille`,
    columns: ['Famille', ...GAIN_COLUMNS],
    rows: [
      ...FAMILIES.map((fam) => [FAMILY_LABELS[fam], ...GAIN_TOTAL_KEYS.map((k) => t.gains[side][fam][k])]),
      ['Total', ...GAIN_TOTAL_KEYS.map((k) => sumGains(t.gains[side])[k])],
    ],
  });
  return [
    conventionTable(report, names),
    {
      ...describe('companiesMobilised'),
      columns: ['Territoire', 'Mobilisées', 'Visitées', 'En atelier', 'Visitées et en atelier', 'Avec flux saisis', 'Avec consentement'],
      rows: perTerritory(report, names, (f) => {
        const c = f.companies;
        return [c.mobilised, c.visited, c.workshop, c.both, c.withFlux, c.withConsent];
      }),
    },
    {
      ...describe('activeAccounts'),
      howCounted: accountsHow(report),
      columns: ['Territoire', 'Comptes actifs', ...ROLES.map((r) => ROLE_LABELS[r])],
      rows: perTerritory(report, names, (f) =>
        [f.accounts.active, ...ROLES.map((r) => f.accounts.byRole[r])].map((n) => accountCell(report, n)),
      ),
    },
    {
      ...describe('fluxRecorded'),
      columns: ['Famille', 'Besoins', 'Offres', 'Total'],
      rows: [
        ...FAMILIES.map((fam) => [FAMILY_LABELS[fam], t.flux[fam].need, t.flux[fam].offer, t.flux[fam].need + t.flux[fam].offer]),
        ['Total', fluxOf(t, 'need'), fluxOf(t, 'offer'), fluxOf(t, 'need') + fluxOf(t, 'offer')],
      ],
    },
    {
      ...describe('topResources'),
      columns: ['Rang', 'Ressource proposée', 'Offres', 'Ressource recherchée', 'Besoins'],
      rows: Array.from({ length: Math.max(report.topResources.offer.length, report.topResources.need.length) }, (_, i) => {
        const o = report.topResources.offer[i];
        const n = report.topResources.need[i];
        const label = (code: string) => findResource(code)?.label ?? code;
        return [i + 1, o && label(o.code), o?.count, n && label(n.code), n?.count];
      }),
    },
    {
      ...describe('synergiesIdentified'),
      columns: ['Famille', 'Substitution', 'Mutualisation', 'Total'],
      rows: [
        ...FAMILIES.map((fam) => [
          FAMILY_LABELS[fam],
          t.synergies.substitution[fam],
          t.synergies.mutualisation[fam],
          t.synergies.substitution[fam] + t.synergies.mutualisation[fam],
        ]),
        [
          'Total',
          synergiesOf(t, 'substitution'),
          synergiesOf(t, 'mutualisation'),
          synergiesOf(t, 'substitution') + synergiesOf(t, 'mutualisation'),
        ],
      ],
    },
    {
      ...describe('funnel'),
      columns: ['Étape', 'Pistes', 'Taux depuis l’étape précédente (%)', 'Part des pistes proposées (%)'],
      rows: FOLLOWUP_PIPELINE.map((stage, i) => [
        FOLLOWUP_STATUS_LABELS[stage],
        t.funnel[stage],
        i === 0 ? undefined : conversionRate(t.funnel[FOLLOWUP_PIPELINE[i - 1]!], t.funnel[stage]),
        conversionRate(proposed, t.funnel[stage]),
      ]),
    },
    {
      ...describe('rejected'),
      columns: ['Motif', 'Pistes écartées'],
      rows: [
        ...REJECTION_REASONS.map((r) => [REJECTION_REASON_LABELS[r], t.rejected[r]]),
        ['Total', REJECTION_REASONS.reduce((s, r) => s + t.rejected[r], 0)],
      ],
    },
    gainsByFamily('expected'),
    gainsByTerritory('expected'),
    gainsByFamily('realised'),
    gainsByTerritory('realised'),
    {
      ...describe('workshopsHeld'),
      howCounted: `${INDICATORS.workshopsHeld.howCounted} ${INDICATORS.workshopParticipations.howCounted} ${INDICATORS.workshopCompanies.howCounted}`,
      columns: ['Territoire', 'Ateliers tenus', 'Participations', 'Entreprises participantes'],
      rows: perTerritory(report, names, (f) => [f.workshops.held, f.workshops.participations, f.workshops.companies]),
    },
    {
      ...describe('monthly'),
      columns: ['Mois', 'Visites', 'Flux saisis', 'Pistes ouvertes', 'Ateliers tenus'],
      rows: report.months.map((m) => [monthLabel(m.month), m.visits, m.flux, m.leads, m.workshops]),
    },
  ];
}
