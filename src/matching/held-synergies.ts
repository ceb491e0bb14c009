// The synergies the worker holds after a full run, and the queries the pages ask of them (a page of
// results, counts, filters, sort). A substitution is held as its two prepared flux with its id,
// score and distance: the record (explanation, parts) is built only when a page shows it. Each sort
// order is kept as typed columns a query scans in a few ms at 200,000 (sorted-columns.ts).
import { FAMILIES, type Family, type Synergy, type SynergyKind } from '../domain';
import { buildMutualisation, buildSubstitution } from './build-synergy';
import type { FullRun } from './full-run';
import { pairDistance } from './geo';
import type { PreparedFlux } from './prepare';
import { substitutionParts, totalScore } from './score';
import { MANY_TERRITORIES, SortedColumns, type Compare, type HeldEntry } from './sorted-columns';
import { matchesWords, newestFluxId, searchWords } from './held-search';
import { pairStake, stakeKey } from './pair-stake';
import { hashed } from './synergy-id';
import type { MatchDiff } from './types';

export interface SynergyQuery {
  kind?: SynergyKind;
  family?: Family;
  /** Synergies touching any of these territories. */
  territoryIds?: readonly string[];
  minScore?: number;
  maxDistanceKm?: number;
  companyId?: string;
  /** Synergies joining two or more of these companies: a workshop's room in one request. */
  amongCompanyIds?: readonly string[];
  /** Only these ids. */
  ids?: readonly string[];
  /** Never these ids (e.g. synergies a person already decided on). */
  excludeIds?: readonly string[];
  /** Words found in its companies' names or resources (accents and case aside), each required. */
  search?: string;
  /**
   * score: best first; distance: nearest first; recent: newest member flux first (ids are
   * time-ordered), then best score; stake: largest estimated t CO2e (then tonnes, MWh) first.
   */
  sort?: 'score' | 'distance' | 'recent' | 'stake';
  offset?: number;
  limit?: number;
}

/** Facet counts: per kind, of the synergies every filter but the kind keeps; per family, likewise. */
export interface SynergyCounts {
  kinds: Record<SynergyKind, number>;
  families: Record<Family, number>;
}

export interface SynergyPage {
  /** One page of the matching synergies, in the asked order. */
  items: Synergy[];
  /** Synergies matching the filters (all pages). */
  total: number;
  /** Synergies held, whatever the filters. */
  held: number;
  counts: SynergyCounts;
}

export const DEFAULT_LIMIT = 50;

const KINDS: readonly SynergyKind[] = ['substitution', 'mutualisation'];

type Held = HeldEntry;
const byScore: Compare = (a, b) => b.score - a.score || a.distanceKm - b.distanceKm || (a.id < b.id ? -1 : 1);
const byDistance: Compare = (a, b) => a.distanceKm - b.distanceKm || b.score - a.score || (a.id < b.id ? -1 : 1);
const byRecent: Compare = (a, b) => (a.newest > b.newest ? -1 : a.newest < b.newest ? 1 : byScore(a, b));
const byStake: Compare = (a, b) => b.stake - a.stake || b.score - a.score || (a.id < b.id ? -1 : 1);

const involves = (h: Held, companyId: string) =>
  h.record ? h.record.companyIds.includes(companyId) : h.offer!.company.id === companyId || h.need!.company.id === companyId;

/** At least two of the companies of `room` take part. */
function joinsTwo(h: Held, room: ReadonlySet<string>): boolean {
  if (!h.record) return room.has(h.offer!.company.id) && room.has(h.need!.company.id);
  let n = 0;
  for (const id of h.record.companyIds) if (room.has(id) && ++n >= 2) return true;
  return false;
}

function emptyCounts(): SynergyCounts {
  return {
    kinds: { substitution: 0, mutualisation: 0 },
    families: { energy: 0, water: 0, materials: 0, logistics: 0, skills: 0 },
  };
}

export class HeldSynergies {
  private count = 0;
  private readonly orders = {
    score: new SortedColumns(byScore),
    distance: new SortedColumns(byDistance),
    recent: new SortedColumns(byRecent),
    stake: new SortedColumns(byStake),
  };
  private readonly territoryNumbers = new Map<string, number>();
  /** id → entry: updates and get() find their entries without a scan. */
  private readonly index = new Map<string, Held>();

  constructor(private readonly now: number) {}

  /** Everything a full run produced. */
  static fromRun(run: FullRun): HeldSynergies {
    const held = new HeldSynergies(run.now);
    const { offers, needs, groups, distances, scores } = run;
    for (let k = 0; k < offers.length; k++) held.add(held.fromPair(offers[k]!, needs[k]!, distances?.[k], scores?.[k]));
    for (const g of groups) held.add(held.fromRecord(buildMutualisation(g, run.now)));
    return held;
  }

  get size(): number {
    return this.count;
  }

  /** Brings every sort order up to date (a full sort after a run), so no later query pays for it. */
  warm(): void {
    // « Récentes » is rarer: sorted on its first use rather than after every run.
    this.orders.score.read();
    this.orders.distance.read();
  }

  /** A company's diff, computed by the engine after the run: the held result follows the engine. */
  apply(diff: MatchDiff): void {
    const index = this.index;
    for (const id of [...diff.removed, ...diff.upserted.map((s) => s.id)]) {
      const h = index.get(id);
      if (!h) continue;
      h.removed = true;
      index.delete(id);
      this.count--;
      for (const order of Object.values(this.orders)) order.remove(h);
    }
    for (const s of diff.upserted) this.add(this.fromRecord(s));
  }

  get(id: string): Synergy | null {
    const h = this.index.get(id);
    return h ? this.build(h) : null;
  }

  /** Every synergy a company takes part in, best first. */
  byCompany(companyId: string): Synergy[] {
    return this.query({ companyId, limit: Number.MAX_SAFE_INTEGER }).items;
  }

  query(q: SynergyQuery): SynergyPage {
    return this.select(q, (h) => this.build(h));
  }

  /** What query() keeps, in its order, each synergy shaped by `take` (the map's lean lines: map-lines.ts). */
  select<T>(q: SynergyQuery, take: (h: Held) => T): Omit<SynergyPage, 'items'> & { items: T[] } {
    const c = this.orders[q.sort ?? 'score'].read();
    const offset = q.offset ?? 0;
    const end = offset + (q.limit ?? DEFAULT_LIMIT);
    const only = q.ids ? new Set(q.ids) : undefined;
    const excluded = q.excludeIds?.length ? new Set(q.excludeIds) : undefined;
    const room = q.amongCompanyIds ? new Set(q.amongCompanyIds) : undefined;
    const wanted = q.territoryIds?.length ? new Set(q.territoryIds) : undefined;
    const wantedNumbers = wanted && new Set([...wanted].map((t) => this.territoryNumbers.get(t) ?? -1));
    const minScore = q.minScore ?? 0;
    const maxKm = q.maxDistanceKm ?? Infinity;
    const kind = q.kind === undefined ? -1 : KINDS.indexOf(q.kind);
    const family = q.family === undefined ? -1 : FAMILIES.indexOf(q.family);
    const words = searchWords(q.search);
    const kindCounts = [0, 0];
    const familyCounts = [0, 0, 0, 0, 0];
    const items: T[] = [];
    let total = 0;
    for (let i = 0, n = c.held.length; i < n; i++) {
      if (c.score[i]! < minScore || c.km[i]! > maxKm) continue;
      if (wantedNumbers) {
        const t1 = c.t1[i]!;
        const hit =
          t1 === MANY_TERRITORIES
            ? c.held[i]!.record!.territoryIds.some((t) => wanted!.has(t))
            : wantedNumbers.has(t1) || wantedNumbers.has(c.t2[i]!);
        if (!hit) continue;
      }
      if (only && !only.has(c.held[i]!.id)) continue;
      if (excluded?.has(c.held[i]!.id)) continue;
      if (q.companyId !== undefined && !involves(c.held[i]!, q.companyId)) continue;
      if (room && !joinsTwo(c.held[i]!, room)) continue;
      if (words.length && !matchesWords(c.held[i]!, words)) continue;
      // Facets: a kind is counted whatever the kind filter, a family whatever the family filter.
      const k = c.facet[i]! >> 3;
      const f = c.facet[i]! & 7;
      const kindOk = kind < 0 || k === kind;
      const familyOk = family < 0 || f === family;
      if (familyOk) kindCounts[k]!++;
      if (kindOk) familyCounts[f]!++;
      if (!kindOk || !familyOk) continue;
      if (total >= offset && total < end) items.push(take(c.held[i]!));
      total++;
    }
    const counts = emptyCounts();
    KINDS.forEach((name, i) => (counts.kinds[name] = kindCounts[i]!));
    FAMILIES.forEach((name, i) => (counts.families[name] = familyCounts[i]!));
    return { items, total, held: this.count, counts };
  }

  private build(h: Held): Synergy {
    return h.record ?? buildSubstitution(h.offer!, h.need!, this.now, h.distanceKm);
  }

  private add(h: Held): void {
    this.index.set(h.id, h);
    this.count++;
    for (const order of Object.values(this.orders)) order.add(h);
  }

  private territory(id: string): number {
    let n = this.territoryNumbers.get(id);
    if (n === undefined) this.territoryNumbers.set(id, (n = this.territoryNumbers.size + 1));
    return n;
  }

  private fromRecord(record: Synergy): Held {
    const t = record.territoryIds;
    return {
      id: record.id,
      score: record.score,
      distanceKm: record.distanceKm,
      stake: stakeKey(record.stake),
      facet: KINDS.indexOf(record.kind) * 8 + FAMILIES.indexOf(record.family),
      t1: t.length > 2 ? MANY_TERRITORIES : t.length ? this.territory(t[0]!) : 0,
      t2: t.length === 2 ? this.territory(t[1]!) : 0,
      newest: newestFluxId(record.fluxIds),
      record,
    };
  }

  /**
   * The same id, score and distance buildSubstitution gives, without the explanation (distance and
   * score from the engine's top lists when the run has them).
   */
  private fromPair(
    offer: PreparedFlux,
    need: PreparedFlux,
    distanceKm = pairDistance(offer.company, need.company),
    score = totalScore(substitutionParts(offer, need, distanceKm)),
  ): Held {
    const [a, b] = offer.id < need.id ? [offer.id, need.id] : [need.id, offer.id];
    return {
      id: hashed('sub:', a, a === b ? undefined : b),
      score,
      distanceKm,
      stake: stakeKey(pairStake(offer, need)),
      facet: FAMILIES.indexOf(offer.resource.family),
      t1: this.territory(offer.company.territoryId),
      t2: this.territory(need.company.territoryId),
      newest: offer.id > need.id ? offer.id : need.id,
      offer,
      need,
    };
  }
}
