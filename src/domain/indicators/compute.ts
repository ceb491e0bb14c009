// The indicators computed from plain arrays: the device's reference implementation. The server's
// SQL (src/server/indicators/) follows the same rules and is tested against it on one fixture.
import type { Company } from '../company';
import { furthestStage } from '../followup-history';
import { computeTco2e } from '../followup-rules';
import { FOLLOWUP_PIPELINE, type Followup } from '../followup';
import { can } from '../permissions';
import type { Flux } from '../flux';
import { GAIN_METRICS, type Gains } from '../gains';
import type { Role } from '../user';
import type { Visit } from '../visit';
import type { Workshop } from '../workshop';
import { leadAt } from './lead-at';
import { monthFinder, monthsOf, rangeBounds, type DateRange } from './period';
import { emptyFigures, roundSum, TOP_RESOURCES, type Figures, type GainTotals, type IndicatorReport } from './report';

/**
 * A sign-in or a sync, with the role and territories the account had at that moment: what it did
 * stays counted as it was after its role changes or the account is removed (then anonymised).
 */
export interface UserActivity {
  userId: string;
  /** ms since the epoch. */
  at: number;
  role: Role;
  territoryIds: readonly string[];
}

export interface IndicatorInput {
  range: DateRange;
  /** Territories to count; records of others are left out. */
  territoryIds: readonly string[];
  /** The whole programme: accounts without a territory (admins) count in the total. */
  programme: boolean;
  source: IndicatorReport['source'];
  /** False on a device: it cannot see colleagues' sign-ins, so « Comptes actifs » is left out. */
  accountsKnown: boolean;
  companies: readonly Pick<Company, 'id' | 'territoryId' | 'consent' | 'consentDate' | 'deleted'>[];
  visits: readonly Pick<Visit, 'companyId' | 'date' | 'deleted'>[];
  flux: readonly Pick<Flux, 'companyId' | 'family' | 'direction' | 'resourceCode' | 'createdAt' | 'deleted'>[];
  workshops: readonly Pick<Workshop, 'territoryId' | 'date' | 'state' | 'companyIds' | 'deleted'>[];
  followups: readonly Pick<
    Followup,
    'territoryIds' | 'createdAt' | 'status' | 'rejection' | 'history' | 'snapshot' | 'expectedGains' | 'realisedGains' | 'deleted'
  >[];
  /** Sign-ins and syncs; the device knows only its own user's (see `accountsKnown`). */
  activity: readonly UserActivity[];
}

type Lead = IndicatorInput['followups'][number];

/** A workshop is held once started: a workshop only prepared may never take place. */
export const isHeld = (w: Pick<Workshop, 'state'>) => w.state === 'running' || w.state === 'closed';

/** The furthest stage counts only moves that took effect (see followup-history.ts). */
export { furthestStage };

/** One lead's gains as totals: absent figures count 0; t CO2e from computeTco2e. */
export function gainValues(gains: Gains): GainTotals {
  const values = Object.fromEntries(GAIN_METRICS.map((m) => [m, gains[m] ?? 0])) as GainTotals;
  values.tco2e = computeTco2e(gains).value ?? 0;
  return values;
}

function addGains(into: GainTotals, add: GainTotals): void {
  for (const key of Object.keys(into) as (keyof GainTotals)[]) into[key] += add[key];
}

/** Sums are rounded once, at the end, as the SQL does. */
function roundGains(fig: Figures): void {
  for (const side of [fig.gains.expected, fig.gains.realised]) {
    for (const totals of Object.values(side))
      for (const key of Object.keys(totals) as (keyof GainTotals)[]) totals[key] = roundSum(totals[key]);
  }
}

export function computeIndicators(input: IndicatorInput): IndicatorReport {
  const { range } = input;
  const { startMs, endMs } = rangeBounds(range);
  const inMs = (ms: number) => ms >= startMs && ms < endMs;
  const inDates = (date: string) => date >= range.from && date <= range.to;
  const selected = new Set(input.territoryIds);
  const territories: Record<string, Figures> = Object.fromEntries([...selected].sort().map((t) => [t, emptyFigures()]));
  const total = emptyFigures();
  /** The figures a record of these territories adds to: each selected one, and the total once. */
  const targets = (ids: readonly string[]) => [...new Set(ids)].filter((t) => selected.has(t)).map((t) => territories[t]!);
  // One list per territory (or set of them), total last: built once, not for each of 20,000 rows.
  const lists = new Map<string, Figures[]>();
  const withTotal = (ids: readonly string[]) => {
    const key = ids.join('\n');
    let figures = lists.get(key);
    if (!figures) lists.set(key, (figures = [...targets(ids), total]));
    return figures;
  };

  const companyTerritory = new Map<string, string>();
  for (const c of input.companies) if (!c.deleted && selected.has(c.territoryId)) companyTerritory.set(c.id, c.territoryId);

  // Companies mobilised.
  const visited = new Set(input.visits.filter((v) => !v.deleted && inDates(v.date)).map((v) => v.companyId));
  // A company counts for its own territory wherever the workshop it attended was held, so a
  // territory's figures do not depend on which other territories are selected.
  const allHeld = input.workshops.filter((w) => !w.deleted && isHeld(w) && inDates(w.date));
  const heldWorkshops = allHeld.filter((w) => selected.has(w.territoryId));
  const attended = new Set(allHeld.flatMap((w) => w.companyIds));
  const deletedCompanies = new Set(input.companies.filter((c) => c.deleted).map((c) => c.id));
  const participants = (w: (typeof allHeld)[number]) => w.companyIds.filter((id) => !deletedCompanies.has(id));
  const liveFlux = input.flux.filter((f) => !f.deleted && inMs(f.createdAt) && companyTerritory.has(f.companyId));
  const withFlux = new Set(liveFlux.map((f) => f.companyId));
  for (const c of input.companies) {
    if (!companyTerritory.has(c.id)) continue;
    const v = visited.has(c.id);
    const w = attended.has(c.id);
    const consent = c.consent && (c.consentDate === undefined || c.consentDate < endMs);
    for (const fig of withTotal([c.territoryId])) {
      const n = fig.companies;
      if (v || w) n.mobilised++;
      if (v) n.visited++;
      if (w) n.workshop++;
      if (v && w) n.both++;
      if (withFlux.has(c.id)) n.withFlux++;
      if ((v || w) && consent) n.withConsent++;
    }
  }

  // Active accounts, as they were at their last activity of the period. An account that sees every
  // territory (an admin) is nobody's territory account: it counts in the programme total only.
  const latest = new Map<string, UserActivity>();
  for (const a of input.activity) {
    const known = latest.get(a.userId);
    if (inMs(a.at) && (!known || a.at > known.at)) latest.set(a.userId, a);
  }
  for (const u of latest.values()) {
    const everywhere = can(u, 'see every territory');
    const mine = everywhere ? [] : targets(u.territoryIds);
    const inTotal = input.programme || mine.length > 0;
    for (const fig of inTotal ? [...mine, total] : mine) {
      fig.accounts.active++;
      fig.accounts.byRole[u.role]++;
    }
  }

  // Flux by family and direction; top resources.
  const resources = { offer: new Map<string, number>(), need: new Map<string, number>() };
  for (const f of liveFlux) {
    for (const fig of withTotal([companyTerritory.get(f.companyId)!])) fig.flux[f.family][f.direction]++;
    resources[f.direction].set(f.resourceCode, (resources[f.direction].get(f.resourceCode) ?? 0) + 1);
  }
  const top = (counts: Map<string, number>) =>
    [...counts]
      .map(([code, count]) => ({ code, count }))
      .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
      .slice(0, TOP_RESOURCES);

  // Leads: synergies identified, funnel, rejections, gains.
  const leads = input.followups.filter((l) => !l.deleted && inMs(l.createdAt) && l.territoryIds.some((t) => selected.has(t)));
  for (const lead of leads) addLead(lead, withTotal(lead.territoryIds), endMs);
  for (const fig of [...Object.values(territories), total]) roundGains(fig);

  // Workshops held and participants.
  const companiesOf = new Map<Figures, Set<string>>();
  for (const w of heldWorkshops) {
    const present = participants(w);
    for (const fig of [territories[w.territoryId]!, total]) {
      fig.workshops.held++;
      fig.workshops.participations += present.length;
      const seen = companiesOf.get(fig) ?? new Set<string>();
      for (const id of present) seen.add(id);
      companiesOf.set(fig, seen);
    }
  }
  for (const [fig, seen] of companiesOf) fig.workshops.companies = seen.size;

  // Months.
  const months = monthsOf(range).map((month) => ({ month, visits: 0, flux: 0, leads: 0, workshops: 0 }));
  const byMonth = new Map(months.map((m) => [m.month, m]));
  for (const v of input.visits) {
    if (!v.deleted && inDates(v.date) && companyTerritory.has(v.companyId)) byMonth.get(v.date.slice(0, 7))!.visits++;
  }
  const monthOf = monthFinder(range);
  for (const f of liveFlux) byMonth.get(monthOf(f.createdAt))!.flux++;
  for (const l of leads) byMonth.get(monthOf(l.createdAt))!.leads++;
  for (const w of heldWorkshops) byMonth.get(w.date.slice(0, 7))!.workshops++;

  return {
    range,
    territoryIds: Object.keys(territories),
    programme: input.programme,
    source: input.source,
    accountsKnown: input.accountsKnown,
    total,
    territories,
    topResources: { offer: top(resources.offer), need: top(resources.need) },
    months,
  };
}

/** One lead into its figures, as it stood at the end of the period (see lead-at.ts). */
function addLead(lead: Lead, figures: Figures[], endMs: number): void {
  const { kind, family } = lead.snapshot;
  const { stage, status, implemented } = leadAt(lead, endMs);
  const rejected = status === 'rejected';
  const expected = rejected ? undefined : gainValues(lead.expectedGains);
  const realised = implemented ? gainValues(lead.realisedGains) : undefined;
  for (const fig of figures) {
    fig.synergies[kind][family]++;
    for (let i = 0; i <= stage; i++) fig.funnel[FOLLOWUP_PIPELINE[i]!]++;
    if (rejected) fig.rejected[lead.rejection?.reason ?? 'other']++;
    if (expected) addGains(fig.gains.expected[family], expected);
    if (realised) addGains(fig.gains.realised[family], realised);
  }
}

/** Conversion from one stage to the next, in % (one decimal); undefined when nobody reached the former. */
export function conversionRate(from: number, to: number): number | undefined {
  return from === 0 ? undefined : Math.round((to / from) * 1000) / 10;
}
