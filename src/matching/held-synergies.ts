// The synergies the worker holds after a full run, and the queries the pages ask of them (a page of
// results, counts, filters, sort). A substitution is held as its two prepared flux with its id,
// score and distance: the record (explanation, parts) is built only when a page shows it. Both
// sort orders are kept; an update marks them unsorted and the next query re-sorts (nearly sorted
// arrays: TimSort merges the few new entries in one pass).
import type { Family, Synergy, SynergyKind } from '../domain';
import { buildMutualisation, buildSubstitution } from './build-synergy';
import type { FullRun } from './full-run';
import { pairDistance } from './geo';
import type { PreparedFlux } from './prepare';
import { substitutionParts, totalScore } from './score';
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
  /** Only these ids. */
  ids?: readonly string[];
  /** Never these ids (e.g. synergies a person already decided on). */
  excludeIds?: readonly string[];
  sort?: 'score' | 'distance';
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

/** A held synergy: what filters and sorts read, and how to build its record. */
interface Held {
  id: string;
  score: number;
  distanceKm: number;
  /** A substitution of the full run (offer, need), or a record (groups, and every update's upserts). */
  offer?: PreparedFlux;
  need?: PreparedFlux;
  record?: Synergy;
  removed?: boolean;
}

const byScore = (a: Held, b: Held) => b.score - a.score || a.distanceKm - b.distanceKm || (a.id < b.id ? -1 : 1);
const byDistance = (a: Held, b: Held) => a.distanceKm - b.distanceKm || b.score - a.score || (a.id < b.id ? -1 : 1);

const kindOf = (h: Held): SynergyKind => h.record?.kind ?? 'substitution';
const familyOf = (h: Held): Family => h.record?.family ?? h.offer!.resource.family;
const inTerritories = (h: Held, wanted: ReadonlySet<string>) =>
  h.record ? h.record.territoryIds.some((t) => wanted.has(t)) : wanted.has(h.offer!.company.territoryId) || wanted.has(h.need!.company.territoryId);
const involves = (h: Held, companyId: string) =>
  h.record ? h.record.companyIds.includes(companyId) : h.offer!.company.id === companyId || h.need!.company.id === companyId;

function fromRecord(record: Synergy): Held {
  return { id: record.id, score: record.score, distanceKm: record.distanceKm, record };
}

/** The same id, score and distance buildSubstitution gives, without the explanation. */
function fromPair(offer: PreparedFlux, need: PreparedFlux): Held {
  const distanceKm = pairDistance(offer.company, need.company);
  const [a, b] = offer.id < need.id ? [offer.id, need.id] : [need.id, offer.id];
  return { id: hashed('sub:', a, a === b ? undefined : b), score: totalScore(substitutionParts(offer, need, distanceKm)), distanceKm, offer, need };
}

function emptyCounts(): SynergyCounts {
  return {
    kinds: { substitution: 0, mutualisation: 0 },
    families: { energy: 0, water: 0, materials: 0, logistics: 0, skills: 0 },
  };
}

export class HeldSynergies {
  /** Built on first use (a get, an update): 200k map entries cost ~100 ms a full run need not wait for. */
  private index: Map<string, Held> | undefined;
  private count = 0;
  private scoreOrder: Held[] = [];
  private distanceOrder: Held[] = [];
  /** Each order is sorted on its first query after a change. */
  private sortedBy = { score: false, distance: false };

  constructor(private readonly now: number) {}

  /** Everything a full run produced. */
  static fromRun(run: FullRun): HeldSynergies {
    const held = new HeldSynergies(run.now);
    const { offers, needs, groups } = run;
    for (let k = 0; k < offers.length; k++) held.add(fromPair(offers[k]!, needs[k]!));
    for (const g of groups) held.add(fromRecord(buildMutualisation(g, run.now)));
    return held;
  }

  get size(): number {
    return this.count;
  }

  /** A company's diff, computed by the engine after the run: the held result follows the engine. */
  apply(diff: MatchDiff): void {
    for (const id of diff.removed) this.remove(id);
    for (const s of diff.upserted) {
      this.remove(s.id);
      this.add(fromRecord(s));
    }
  }

  get(id: string): Synergy | null {
    const h = this.byId().get(id);
    return h ? this.build(h) : null;
  }

  /** Every synergy a company takes part in, best first. */
  byCompany(companyId: string): Synergy[] {
    return this.query({ companyId, limit: Number.MAX_SAFE_INTEGER }).items;
  }

  query(q: SynergyQuery): SynergyPage {
    const order = this.order(q.sort ?? 'score');
    const offset = q.offset ?? 0;
    const end = offset + (q.limit ?? DEFAULT_LIMIT);
    const territories = q.territoryIds?.length ? new Set(q.territoryIds) : undefined;
    const only = q.ids ? new Set(q.ids) : undefined;
    const excluded = q.excludeIds?.length ? new Set(q.excludeIds) : undefined;
    const minScore = q.minScore ?? 0;
    const maxKm = q.maxDistanceKm ?? Infinity;
    const counts = emptyCounts();
    const items: Synergy[] = [];
    let total = 0;
    // Candidates from the ids when given (the follow-up screens ask for a few), else every entry.
    const candidates = only && only.size < order.length / 8 ? this.inOrder(only, q.sort) : order;
    for (const h of candidates) {
      if (h.score < minScore || h.distanceKm > maxKm) continue;
      if (only && !only.has(h.id)) continue;
      if (excluded?.has(h.id)) continue;
      if (territories && !inTerritories(h, territories)) continue;
      if (q.companyId !== undefined && !involves(h, q.companyId)) continue;
      // Facets: a kind is counted whatever the kind filter, a family whatever the family filter.
      const kind = kindOf(h);
      const family = familyOf(h);
      const kindOk = !q.kind || kind === q.kind;
      const familyOk = !q.family || family === q.family;
      if (familyOk) counts.kinds[kind]++;
      if (kindOk) counts.families[family]++;
      if (!kindOk || !familyOk) continue;
      if (total >= offset && total < end) items.push(this.build(h));
      total++;
    }
    return { items, total, held: this.count, counts };
  }

  private inOrder(ids: ReadonlySet<string>, sort: SynergyQuery['sort']): Held[] {
    const found: Held[] = [];
    for (const id of ids) {
      const h = this.byId().get(id);
      if (h) found.push(h);
    }
    return found.sort(sort === 'distance' ? byDistance : byScore);
  }

  private build(h: Held): Synergy {
    return h.record ?? buildSubstitution(h.offer!, h.need!, this.now);
  }

  private byId(): Map<string, Held> {
    if (!this.index) {
      this.index = new Map();
      for (const h of this.scoreOrder) if (!h.removed) this.index.set(h.id, h);
    }
    return this.index;
  }

  private add(h: Held): void {
    this.index?.set(h.id, h);
    this.count++;
    this.scoreOrder.push(h);
    this.distanceOrder.push(h);
    this.sortedBy = { score: false, distance: false };
  }

  private remove(id: string): void {
    const h = this.byId().get(id);
    if (!h) return;
    h.removed = true;
    this.index!.delete(id);
    this.count--;
    this.sortedBy = { score: false, distance: false };
  }

  private order(sort: 'score' | 'distance'): Held[] {
    const live = (h: Held) => !h.removed;
    if (sort === 'score' && !this.sortedBy.score) this.scoreOrder = this.scoreOrder.filter(live).sort(byScore);
    if (sort === 'distance' && !this.sortedBy.distance) this.distanceOrder = this.distanceOrder.filter(live).sort(byDistance);
    this.sortedBy[sort] = true;
    return sort === 'score' ? this.scoreOrder : this.distanceOrder;
  }
}
