// The indicator report from the server's base: runs the SQL aggregates and lays their rows into
// the shared report shape (src/domain/indicators), exactly as the device's computation would.
import { FAMILIES, type Family } from '../../domain/families';
import { FOLLOWUP_PIPELINE, REJECTION_REASONS, type RejectionReason } from '../../domain/followup';
import {
  emptyFigures,
  GAIN_TOTAL_KEYS,
  monthsOf,
  roundSum,
  type DateRange,
  type Figures,
  type IndicatorReport,
} from '../../domain/indicators';
import { ROLES, type Role } from '../../domain/user';
import type { SqlRunner } from '../store/sql';
import { activeAccounts } from './accounts-sql';
import { companyCounts, monthCounts, workshopCounts } from './companies-sql';
import { fluxFigures } from './flux-sql';
import { leadFigures, withLeadStages } from './leads-sql';
import { queryParams, type TerritoryKey } from './params';

const isFamily = (f: string): f is Family => (FAMILIES as readonly string[]).includes(f);
const isRole = (r: string): r is Role => (ROLES as readonly string[]).includes(r);

export interface ServerReportOptions {
  range: DateRange;
  territoryIds: readonly string[];
  programme: boolean;
}

export async function serverReport(db: SqlRunner, options: ServerReportOptions): Promise<IndicatorReport> {
  const p = queryParams(options.range, options.territoryIds);
  // Each lead's furthest stage that took effect, by the rule the device uses.
  const leads = await withLeadStages(db, p);
  const territories: Record<string, Figures> = Object.fromEntries(
    [...new Set(options.territoryIds)].sort().map((t) => [t, emptyFigures()]),
  );
  const total = emptyFigures();
  /** The figures a row adds to; rows of a territory outside the selection are dropped. */
  const fig = (t: TerritoryKey): Figures | undefined => (t === null ? total : territories[t]);

  const [companies, fluxed, workshops, months, accounts, led] = await Promise.all([
    companyCounts(db, p),
    fluxFigures(db, p),
    workshopCounts(db, p),
    monthCounts(db, p),
    activeAccounts(db, p, options.programme),
    leadFigures(db, leads),
  ]);
  const { synergies, stages, rejections, gains, months: leadMonthRows } = led;

  for (const r of companies) {
    const f = fig(r.t);
    if (f) {
      f.companies = {
        ...f.companies,
        mobilised: r.mobilised,
        visited: r.visited,
        workshop: r.workshop,
        both: r.both,
        withConsent: r.with_consent,
      };
    }
  }
  for (const r of fluxed.withFlux) {
    const f = fig(r.t);
    if (f) f.companies.withFlux = r.n;
  }
  for (const r of fluxed.counts) {
    const f = fig(r.t);
    if (f && isFamily(r.family)) f.flux[r.family][r.direction] = r.n;
  }
  for (const r of workshops) {
    const f = fig(r.t);
    if (f) f.workshops = { held: r.held, participations: r.participations, companies: r.companies };
  }
  for (const r of accounts) {
    const f = fig(r.t);
    if (!f || !isRole(r.role)) continue;
    f.accounts.byRole[r.role] += r.n;
    f.accounts.active += r.n;
  }
  for (const r of synergies) {
    const f = fig(r.t);
    if (f && isFamily(r.family)) f.synergies[r.kind][r.family] = r.n;
  }
  for (const r of stages) {
    const f = fig(r.t);
    // A lead at stage s counts in every stage up to s.
    for (let i = 0; f && i <= r.stage; i++) f.funnel[FOLLOWUP_PIPELINE[i]!] += r.n;
  }
  for (const r of rejections) {
    const f = fig(r.t);
    const reason = ((REJECTION_REASONS as readonly string[]).includes(r.reason) ? r.reason : 'other') as RejectionReason;
    if (f) f.rejected[reason] += r.n;
  }
  for (const r of gains) {
    const f = fig(r.t);
    if (!f || !isFamily(r.family)) continue;
    for (const key of GAIN_TOTAL_KEYS) f.gains[r.side][r.family][key] = roundSum(Number(r[key]));
  }

  const monthRows = monthsOf(options.range).map((month) => ({ month, visits: 0, flux: 0, leads: 0, workshops: 0 }));
  const byMonth = new Map(monthRows.map((m) => [m.month, m]));
  for (const r of months) {
    const m = byMonth.get(r.month);
    if (m) m[r.kind] = r.n;
  }
  for (const r of fluxed.months) {
    const m = byMonth.get(r.month);
    if (m) m.flux = r.n;
  }
  for (const r of leadMonthRows) {
    const m = byMonth.get(r.month);
    if (m) m.leads = r.n;
  }

  const list = (direction: 'offer' | 'need') =>
    fluxed.top.filter((r) => r.direction === direction).map((r) => ({ code: r.code, count: r.n }));
  return {
    range: options.range,
    territoryIds: Object.keys(territories),
    programme: options.programme,
    source: 'server',
    accountsKnown: true,
    total,
    territories,
    topResources: { offer: list('offer'), need: list('need') },
    months: monthRows,
  };
}
