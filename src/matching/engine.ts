// The synergy engine: flux indexed by resource and space, each flux's best substitution partners
// kept, mutualisation groups per territory; and updates that redo only what one company touches.
import type { Synergy } from '../domain';
import { buildMutualisation, buildSubstitution } from './build-synergy';
import { needsFedBy, offersFeeding } from './compatibility';
import { pairDistance } from './geo';
import { groupsOf, mutualisationKey } from './mutualisation';
import { prepareAll, prepareCompany, prepareFlux, type PreparedCompany, type PreparedFlux } from './prepare';
import { substitutionScore, substitutionScoreBound } from './score';
import { SpatialBucket } from './spatial-bucket';
import { synergyId } from './synergy-id';
import { insertTop, pairKey, wouldEnter, type Candidate } from './top-n';
import type { MatchCompany, MatchDiff, MatchFlux, MatchInput, MatchOptions } from './types';

export type ProgressListener = (done: number, total: number) => void;
type Partner = (other: PreparedFlux, offer: PreparedFlux, need: PreparedFlux, distanceKm: number) => void;
/** Changes a pair's reference count (0: just note the pair as changed, null: nothing). */
type Adjust = (key: string, delta: number | null) => void;

const PROGRESS_EVERY = 5000;

export class MatchEngine {
  private readonly companies = new Map<string, PreparedCompany>();
  private readonly flux = new Map<string, PreparedFlux>();
  private readonly byCompany = new Map<string, PreparedFlux[]>();
  /** `${direction}|${resource code}` → its flux. */
  private readonly buckets = new Map<string, SpatialBucket>();
  /** Best substitution partners of each flux. */
  private readonly tops = new Map<string, Candidate[]>();
  /** Substitution pair → how many of its two top lists hold it; kept while > 0. */
  private readonly keptRefs = new Map<string, number>();
  private readonly mutMembers = new Map<string, Set<PreparedFlux>>();
  /** The same members indexed in space, so grouping only scans its own territory. */
  private readonly mutBuckets = new Map<string, SpatialBucket>();
  private readonly groups = new Map<string, PreparedFlux[][]>();

  constructor(private readonly options: MatchOptions) {}

  /** Loads a whole data set (replacing any previous one) and ranks every candidate pair. */
  load(input: MatchInput, onProgress?: ProgressListener): void {
    for (const map of [this.companies, this.flux, this.byCompany, this.buckets, this.tops, this.keptRefs, this.mutMembers, this.mutBuckets, this.groups]) {
      map.clear();
    }
    const { companies, flux } = prepareAll(input.companies, input.flux);
    for (const [id, c] of companies) this.companies.set(id, c);
    for (const f of flux) this.index(f);
    let done = 0;
    // Each flux searches its own best partners, nearest cells first, and stops once nothing
    // farther can enter its list: most of the reachable pairs are never scored.
    for (const f of flux) {
      if (++done % PROGRESS_EVERY === 0) onProgress?.(done, flux.length);
      this.tops.set(f.id, this.searchTop(f));
    }
    onProgress?.(flux.length, flux.length);
    for (const f of flux) for (const c of this.tops.get(f.id)!) this.adjustRef(this.keyOf(f, c), 1);
    for (const key of this.mutMembers.keys()) this.regroup(key);
  }

  /** Every current synergy, sorted by id. */
  synergies(now = this.options.now): Synergy[] {
    const out: Synergy[] = [];
    for (const key of this.keptRefs.keys()) out.push(this.buildPair(key, now));
    for (const groups of this.groups.values()) for (const g of groups) out.push(buildMutualisation(g, now));
    return out.sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  get fluxCount(): number {
    return this.flux.size;
  }

  /**
   * One company changed (or was deleted: pass undefined): replaces its flux and redoes the top
   * lists that held them or may now hold the new ones, and the mutualisation groups around it.
   */
  updateCompany(companyId: string, company: MatchCompany | undefined, flux: readonly MatchFlux[], now = this.options.now): MatchDiff {
    const before = new Map<string, number>();
    const adjust: Adjust = (key, delta) => {
      if (delta === null) return;
      if (!before.has(key)) before.set(key, this.keptRefs.get(key) ?? 0);
      this.adjustRef(key, delta);
    };
    const old = this.byCompany.get(companyId) ?? [];
    // Partners that ranked one of the old flux must re-rank without it.
    const rerank = new Set<PreparedFlux>();
    for (const f of old) {
      this.forEachPartner(f, (g) => {
        if (this.tops.get(g.id)?.some((c) => c.otherId === f.id)) rerank.add(g);
      });
    }
    const mutKeys = new Set<string>();
    for (const f of old) {
      for (const c of this.tops.get(f.id) ?? []) adjust(this.keyOf(f, c), -1);
      this.unindex(f);
      const key = mutualisationKey(f);
      if (key) mutKeys.add(key);
    }
    this.companies.delete(companyId);

    const added: PreparedFlux[] = [];
    if (company && !company.deleted) {
      const prepared = prepareCompany(company);
      this.companies.set(companyId, prepared);
      for (const raw of flux) {
        const f = raw.companyId === companyId ? prepareFlux(raw, prepared) : null;
        if (!f) continue;
        this.index(f);
        added.push(f);
        const key = mutualisationKey(f);
        if (key) mutKeys.add(key);
      }
    }
    const ownFlux = new Set([...old, ...added].map((f) => f.id));
    for (const g of rerank) this.rerank(g, adjust, ownFlux);
    for (const f of added) this.rankNew(f, rerank, adjust);

    const diff: MatchDiff = { removed: [], upserted: [] };
    for (const [key, was] of before) {
      const now_ = this.keptRefs.get(key) ?? 0;
      const [offerId, needId] = key.split('\n') as [string, string];
      if (was > 0 && now_ === 0) diff.removed.push(synergyId('substitution', [offerId, needId]));
      else if (now_ > 0 && (was === 0 || ownFlux.has(offerId) || ownFlux.has(needId))) {
        diff.upserted.push(this.buildPair(key, now));
      }
    }
    for (const key of mutKeys) {
      const was = this.groups.get(key) ?? [];
      this.regroup(key);
      const groups = this.groups.get(key) ?? [];
      const wasIds = new Set(was.map((g) => synergyId('mutualisation', g.map((f) => f.id))));
      const isIds = new Set<string>();
      for (const g of groups) {
        const id = synergyId('mutualisation', g.map((f) => f.id));
        isIds.add(id);
        if (!wasIds.has(id) || g.some((f) => f.company.id === companyId)) diff.upserted.push(buildMutualisation(g, now));
      }
      for (const id of wasIds) if (!isIds.has(id)) diff.removed.push(id);
    }
    const upserted = new Set(diff.upserted.map((s) => s.id));
    diff.removed = [...new Set(diff.removed)].filter((id) => !upserted.has(id)).sort();
    diff.upserted.sort((a, b) => (a.id < b.id ? -1 : 1));
    return diff;
  }

  private index(f: PreparedFlux): void {
    this.flux.set(f.id, f);
    const own = this.byCompany.get(f.company.id);
    if (own) own.push(f);
    else this.byCompany.set(f.company.id, [f]);
    const bucketKey = `${f.direction}|${f.resource.code}`;
    let bucket = this.buckets.get(bucketKey);
    if (!bucket) this.buckets.set(bucketKey, (bucket = new SpatialBucket(f.resource.maxDistanceKm)));
    bucket.add(f);
    this.tops.set(f.id, []);
    const key = mutualisationKey(f);
    if (key) {
      const members = this.mutMembers.get(key);
      if (members) members.add(f);
      else this.mutMembers.set(key, new Set([f]));
      let mutBucket = this.mutBuckets.get(key);
      if (!mutBucket) this.mutBuckets.set(key, (mutBucket = new SpatialBucket(f.resource.maxDistanceKm)));
      mutBucket.add(f);
    }
  }

  private unindex(f: PreparedFlux): void {
    this.flux.delete(f.id);
    this.tops.delete(f.id);
    const own = this.byCompany.get(f.company.id)?.filter((g) => g !== f);
    if (own?.length) this.byCompany.set(f.company.id, own);
    else this.byCompany.delete(f.company.id);
    this.buckets.get(`${f.direction}|${f.resource.code}`)?.remove(f);
    const key = mutualisationKey(f);
    const members = key ? this.mutMembers.get(key) : undefined;
    members?.delete(f);
    if (key) this.mutBuckets.get(key)?.remove(f);
    if (key && members?.size === 0) {
      this.mutMembers.delete(key);
      this.mutBuckets.delete(key);
    }
  }

  /** Visits every flux of another company that `f` can be paired with by substitution. */
  private forEachPartner(f: PreparedFlux, visit: Partner): void {
    const isOffer = f.direction === 'offer';
    const codes = isOffer ? needsFedBy(f.resource.code) : offersFeeding(f.resource.code);
    const place = f.company;
    for (const code of codes) {
      const bucket = this.buckets.get(`${isOffer ? 'need' : 'offer'}|${code}`);
      if (!bucket) continue;
      bucket.forEachNear(place, Math.min(f.reachKm, bucket.maxReachKm), (g) => {
        if (g.company === place) return;
        const d = pairDistance(place, g.company);
        if (!(d <= Math.min(f.reachKm, g.reachKm))) return;
        if (isOffer) visit(g, f, g, d);
        else visit(g, g, f, d);
      });
    }
  }

  private keyOf(f: PreparedFlux, c: Candidate): string {
    return f.direction === 'offer' ? pairKey(f.id, c.otherId) : pairKey(c.otherId, f.id);
  }

  private adjustRef(key: string, delta: number): void {
    const refs = (this.keptRefs.get(key) ?? 0) + delta;
    if (refs > 0) this.keptRefs.set(key, refs);
    else this.keptRefs.delete(key);
  }

  /** The best partners of `f`: the same list a full scan would give, but usually from a few cells. */
  private searchTop(f: PreparedFlux): Candidate[] {
    const n = this.options.topN;
    const list: Candidate[] = [];
    const isOffer = f.direction === 'offer';
    const place = f.company;
    for (const code of isOffer ? needsFedBy(f.resource.code) : offersFeeding(f.resource.code)) {
      const bucket = this.buckets.get(`${isOffer ? 'need' : 'offer'}|${code}`);
      if (!bucket) continue;
      const radius = Math.min(f.reachKm, bucket.maxReachKm);
      const sameResource = code === f.resource.code;
      const visit = (g: PreparedFlux) => {
        if (g.company === place) return;
        const d = pairDistance(place, g.company);
        if (!(d <= Math.min(f.reachKm, g.reachKm))) return;
        const score = isOffer ? substitutionScore(f, g, d) : substitutionScore(g, f, d);
        if (wouldEnter(list, n, score, d, g.id)) insertTop(list, n, { otherId: g.id, score, distanceKm: d });
      };
      const enough = (minKm: number) => {
        if (minKm > radius) return true;
        if (list.length < n) return false;
        const worst = list[list.length - 1]!;
        const bound = substitutionScoreBound(sameResource, minKm, radius);
        return bound < worst.score || (bound === worst.score && minKm > worst.distanceKm);
      };
      bucket.forEachByRing(place, radius, visit, enough);
    }
    return list;
  }

  /** Re-ranks a partner; pairs with the changed company's flux are reported even if still kept. */
  private rerank(g: PreparedFlux, adjust: Adjust, ownFlux: ReadonlySet<string>): void {
    const was = this.tops.get(g.id) ?? [];
    const list = this.searchTop(g);
    this.tops.set(g.id, list);
    const wasIds = new Set(was.map((c) => c.otherId));
    const isIds = new Set(list.map((c) => c.otherId));
    for (const c of was) if (!isIds.has(c.otherId)) adjust(this.keyOf(g, c), -1);
    for (const c of list) adjust(this.keyOf(g, c), wasIds.has(c.otherId) ? (ownFlux.has(c.otherId) ? 0 : null) : 1);
  }

  /** A new flux ranks all its partners; each partner only has to consider this one newcomer. */
  private rankNew(f: PreparedFlux, reranked: ReadonlySet<PreparedFlux>, adjust: Adjust): void {
    const list: Candidate[] = [];
    this.forEachPartner(f, (other, offer, need, d) => {
      const score = substitutionScore(offer, need, d);
      insertTop(list, this.options.topN, { otherId: other.id, score, distanceKm: d });
      if (reranked.has(other)) return;
      const theirs = this.tops.get(other.id)!;
      const pushedOut = insertTop(theirs, this.options.topN, { otherId: f.id, score, distanceKm: d });
      if (pushedOut === undefined) return;
      adjust(this.keyOf(other, { otherId: f.id, score, distanceKm: d }), 1);
      if (pushedOut) adjust(this.keyOf(other, pushedOut), -1);
    });
    this.tops.set(f.id, list);
    for (const c of list) adjust(this.keyOf(f, c), 1);
  }

  private regroup(key: string): void {
    const members = [...(this.mutMembers.get(key) ?? [])];
    const groups = groupsOf(members, (f, visit) => {
      const bucket = this.mutBuckets.get(key)!;
      bucket.forEachNear(f.company, Math.min(f.reachKm, bucket.maxReachKm), visit);
    });
    if (groups.length > 0) this.groups.set(key, groups);
    else this.groups.delete(key);
  }

  private buildPair(key: string, now: number): Synergy {
    const [offerId, needId] = key.split('\n') as [string, string];
    return buildSubstitution(this.flux.get(offerId)!, this.flux.get(needId)!, now);
  }
}
