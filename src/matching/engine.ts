// The synergy engine: flux rows in typed columns and per-resource grids, each row's best
// substitution partners, mutualisation groups per bucket; updates redo only what one company touches.
import type { Synergy } from '../domain';
import { buildMutualisation, buildSubstitution } from './build-synergy';
import { FluxTable, localityOrder } from './flux-table';
import { DEFAULT_PAGE_SIZE, FullRun } from './full-run';
import { cellsPerSideFor, type Extent } from './grid';
import { rowScore } from './kernel';
import { bucketSignatures, MutualisationIndex } from './mutualisation-index';
import { PairSearch } from './pair-search';
import { markOwnOutputs, prepareAll, prepareCompany, prepareFlux, type PreparedFlux } from './prepare';
import { Projection } from './projection';
import { synergyId } from './synergy-id';
import { TopLists } from './top-lists';
import type { MatchCompany, MatchDiff, MatchFlux, MatchInput, MatchOptions } from './types';

export type ProgressListener = (done: number, total: number) => void;

const PROGRESS_EVERY = 5000;
/** Pair key from two row numbers (rows stay below 2^26). */
const ROW_SPAN = 2 ** 26;
const byId = (a: Synergy, b: Synergy) => (a.id < b.id ? -1 : 1);

export class MatchEngine {
  private t: FluxTable;
  private tops: TopLists;
  private search: PairSearch;
  private readonly mut = new MutualisationIndex();
  /** Raw companies, to rebuild everything when one moves outside the projection's bounds. */
  private readonly rawCompanies = new Map<string, MatchCompany>();
  private readonly rowsOf = new Map<string, number[]>();
  private live = 0;

  constructor(private readonly options: MatchOptions) {
    this.t = new FluxTable(Projection.of([]));
    this.tops = new TopLists(options.topN, this.t);
    this.search = new PairSearch(this.t, this.tops, { minX: 0, minY: 0, maxX: 0, maxY: 0 });
  }

  /** Loads a whole data set (replacing any previous one) and ranks every flux's partners. */
  load(input: MatchInput, onProgress?: ProgressListener): void {
    this.rawCompanies.clear();
    for (const c of input.companies) this.rawCompanies.set(c.id, c);
    const { companies, flux } = prepareAll(input.companies, input.flux);
    const projection = Projection.of(companies.values());
    const extent: Extent = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
    for (const c of companies.values()) {
      if (!c.located) continue;
      const x = projection.x(c.lonRad);
      const y = projection.y(c.latRad);
      extent.minX = Math.min(extent.minX, x - 1);
      extent.minY = Math.min(extent.minY, y - 1);
      extent.maxX = Math.max(extent.maxX, x + 1);
      extent.maxY = Math.max(extent.maxY, y + 1);
    }
    if (extent.minX === Infinity) Object.assign(extent, { minX: 0, minY: 0, maxX: 0, maxY: 0 });
    this.t = new FluxTable(projection);
    this.tops = new TopLists(this.options.topN, this.t);
    this.search = new PairSearch(this.t, this.tops, extent, cellsPerSideFor(flux.length));
    this.mut.clear();
    this.rowsOf.clear();
    this.live = 0;
    for (const f of localityOrder(flux, projection)) this.index(f);
    // Each row searches its own best partners, nearest cells first, and stops once nothing
    // farther can enter its list: most reachable pairs are never scored.
    for (let i = 0; i < this.t.count; i++) {
      if ((i + 1) % PROGRESS_EVERY === 0) onProgress?.(i + 1, flux.length);
      this.search.searchTop(i);
    }
    onProgress?.(flux.length, flux.length);
    this.mut.regroupAll();
  }

  /** Every current synergy, sorted by id. A pair is kept when it is in either side's list. */
  synergies(now = this.options.now): Synergy[] {
    const { t, tops } = this;
    const out: Synergy[] = [];
    for (let i = 0; i < t.count; i++) {
      if (t.alive[i] === 0) continue;
      const offer = t.offer[i] === 1;
      for (let k = i * tops.n, end = k + tops.len[i]!; k < end; k++) {
        const j = tops.other[k]!;
        if (offer) out.push(buildSubstitution(t.prepared[i]!, t.prepared[j]!, now));
        else if (!tops.has(j, i)) out.push(buildSubstitution(t.prepared[j]!, t.prepared[i]!, now));
      }
    }
    for (const g of this.mut.all()) out.push(buildMutualisation(g, now));
    return out.sort(byId);
  }

  /**
   * The current result in compact form (pairs and groups, no records yet): what the worker answers
   * a full run with, before streaming the records page by page. Same set as synergies(), in row order.
   */
  snapshot(now = this.options.now, pageSize = DEFAULT_PAGE_SIZE): FullRun {
    const { t, tops } = this;
    const offers: PreparedFlux[] = [];
    const needs: PreparedFlux[] = [];
    // Distance and score as the top lists hold them (the same arithmetic as the records'), so the
    // records and the held result need not compute them again.
    let kept = 0;
    for (let i = 0; i < t.count; i++) if (t.alive[i] === 1) kept += tops.len[i]!;
    const distances = new Float64Array(kept);
    const scores = new Int32Array(kept);
    for (let i = 0; i < t.count; i++) {
      if (t.alive[i] === 0) continue;
      const offer = t.offer[i] === 1;
      for (let k = i * tops.n, end = k + tops.len[i]!; k < end; k++) {
        const j = tops.other[k]!;
        if (offer) {
          offers.push(t.prepared[i]!);
          needs.push(t.prepared[j]!);
        } else if (!tops.has(j, i)) {
          offers.push(t.prepared[j]!);
          needs.push(t.prepared[i]!);
        } else continue;
        distances[offers.length - 1] = tops.dist[k]!;
        scores[offers.length - 1] = tops.score[k]!;
      }
    }
    return new FullRun(offers, needs, [...this.mut.all()], now, pageSize, distances, scores);
  }

  get fluxCount(): number {
    return this.live;
  }

  /**
   * One company changed (or was deleted: pass undefined): replaces its flux and redoes the top
   * lists that held them or may now hold the new ones, and the mutualisation groups around it.
   */
  updateCompany(companyId: string, company: MatchCompany | undefined, flux: readonly MatchFlux[], now = this.options.now): MatchDiff {
    const prepared = company && !company.deleted ? prepareCompany(company) : undefined;
    if (prepared && !this.t.projection.covers(prepared)) return this.rebuild(companyId, company!, flux, now);
    if (company) this.rawCompanies.set(companyId, company);
    else this.rawCompanies.delete(companyId);
    const { t, tops, search } = this;
    /** Rows whose list changes → their list before the update. */
    const before = new Map<number, number[]>();
    const touch = (i: number) => {
      if (!before.has(i)) before.set(i, tops.list(i));
    };
    const old = this.rowsOf.get(companyId) ?? [];
    // Partners that ranked one of the old rows must re-rank without it.
    const rerank = new Set<number>();
    for (const f of old) search.forEachPartner(f, (g) => tops.has(g, f) && rerank.add(g));
    const mutKeys = new Set<string>();
    const signaturesBefore = bucketSignatures(old.map((f) => t.prepared[f]!));
    for (const f of old) {
      touch(f);
      this.unindex(f, mutKeys);
    }
    const added: number[] = [];
    if (prepared) {
      const fresh: PreparedFlux[] = [];
      for (const raw of flux) {
        const f = raw.companyId === companyId ? prepareFlux(raw, prepared) : null;
        if (f) fresh.push(f);
      }
      markOwnOutputs(fresh);
      for (const f of fresh) added.push(this.index(f, mutKeys));
    }
    for (const g of rerank) {
      touch(g);
      search.searchTop(g);
    }
    for (const f of added) this.rankNew(f, rerank, touch);

    const diff: MatchDiff = { removed: [], upserted: [] };
    const own = new Set([...old, ...added].map((i) => t.id(i)));
    const was = (a: number, b: number) => before.get(a)?.includes(b) ?? tops.has(a, b);
    const seen = new Set<number>();
    for (const [i, list] of before) {
      for (const j of [...list, ...tops.list(i)]) {
        const [o, n] = t.offer[i] === 1 ? [i, j] : [j, i];
        const key = o * ROW_SPAN + n;
        if (seen.has(key)) continue;
        seen.add(key);
        const wasKept = was(o, n) || was(n, o);
        const isKept = tops.has(o, n) || tops.has(n, o);
        if (wasKept && !isKept) diff.removed.push(synergyId('substitution', [t.id(o), t.id(n)]));
        else if (isKept && (!wasKept || own.has(t.id(o)) || own.has(t.id(n)))) {
          diff.upserted.push(buildSubstitution(t.prepared[o]!, t.prepared[n]!, now));
        }
      }
    }
    const signaturesAfter = bucketSignatures(added.map((f) => t.prepared[f]!));
    const unchanged = (key: string) => signaturesBefore.get(key) === signaturesAfter.get(key);
    this.mut.regroupChanged(mutKeys, companyId, now, diff.removed, diff.upserted, unchanged);
    const upserted = new Set(diff.upserted.map((s) => s.id));
    diff.removed = [...new Set(diff.removed)].filter((id) => !upserted.has(id)).sort();
    diff.upserted.sort(byId);
    return diff;
  }

  private index(f: PreparedFlux, mutKeys?: Set<string>): number {
    const i = this.t.add(f);
    this.tops.ensure(i);
    this.tops.clear(i);
    this.search.add(i);
    const rows = this.rowsOf.get(f.company.id);
    if (rows) rows.push(i);
    else this.rowsOf.set(f.company.id, [i]);
    const key = this.mut.add(f);
    if (key) mutKeys?.add(key);
    this.live++;
    return i;
  }

  private unindex(i: number, mutKeys: Set<string>): void {
    const f = this.t.prepared[i]!;
    this.t.alive[i] = 0;
    this.tops.clear(i);
    this.search.remove(i);
    const rows = this.rowsOf.get(f.company.id)?.filter((r) => r !== i);
    if (rows?.length) this.rowsOf.set(f.company.id, rows);
    else this.rowsOf.delete(f.company.id);
    const key = this.mut.remove(f);
    if (key) mutKeys.add(key);
    this.live--;
  }

  /** A new row ranks all its partners; each partner only has to consider this one newcomer. */
  private rankNew(f: number, reranked: ReadonlySet<number>, touch: (i: number) => void): void {
    const { t, tops } = this;
    touch(f);
    this.search.forEachPartner(f, (g, d) => {
      const [o, n] = t.offer[f] === 1 ? [f, g] : [g, f];
      const score = rowScore(t, o, n, d, t.pairPart(o, n, t.resource[o] === t.resource[n] ? 100 : 70));
      tops.insert(f, g, score, d);
      if (reranked.has(g) || !tops.wouldEnter(g, f, score, d)) return;
      touch(g);
      tops.insert(g, f, score, d);
    });
  }

  /** The rare slow path: a company placed outside the projection's bounds; redo everything. */
  private rebuild(companyId: string, company: MatchCompany, flux: readonly MatchFlux[], now: number): MatchDiff {
    const beforeIds = new Set(this.synergies(now).map((s) => s.id));
    const others: MatchFlux[] = [];
    for (let i = 0; i < this.t.count; i++) {
      if (this.t.alive[i] === 1 && this.t.prepared[i]!.company.id !== companyId) others.push(this.t.prepared[i]!.source);
    }
    this.rawCompanies.set(companyId, company);
    this.load({ companies: [...this.rawCompanies.values()], flux: [...others, ...flux.filter((f) => f.companyId === companyId)] });
    const upserted = this.synergies(now);
    const afterIds = new Set(upserted.map((s) => s.id));
    return { removed: [...beforeIds].filter((id) => !afterIds.has(id)).sort(), upserted };
  }
}
