// One sort order of the held synergies: the entries sorted, and typed columns of them (score, km,
// kind × family, territories) that a query scans in a few ms at 200,000. A full run sorts once; an
// update costs a few binary searches and block copies: removed entries stay in place, marked dead
// (score −1, which every query skips), new ones are spliced in, and the whole is compacted only
// once dead entries pass an eighth.
import type { PreparedFlux } from './prepare';
import type { Synergy } from '../domain';

/** A held synergy: what filters and sorts read, and how to build its record. */
export interface HeldEntry {
  id: string;
  score: number;
  distanceKm: number;
  /** Estimated yearly stake as one number (pair-stake.ts stakeKey; -1: unknown). */
  stake: number;
  /** kind index × 8 + family index. */
  facet: number;
  /** Territory numbers (0: none, MANY_TERRITORIES: see the record). */
  t1: number;
  t2: number;
  /** A substitution of the full run (offer, need), or a record (groups, and every update's upserts). */
  offer?: PreparedFlux;
  need?: PreparedFlux;
  record?: Synergy;
  removed?: boolean;
  /** The newest member flux id (the « Récentes » order). */
  newest: string;
  /** What a search reads (held-search.ts), built on first search. */
  searchText?: string;
}

/** Territory column value of a synergy touching more than two territories: its record is read. */
export const MANY_TERRITORIES = 0xffff;
/** Score column value of a removed entry: below any minimum score. */
export const DEAD = -1;

export type Compare = (a: HeldEntry, b: HeldEntry) => number;

export interface Columns {
  held: HeldEntry[];
  score: Float64Array;
  km: Float64Array;
  facet: Uint8Array;
  t1: Uint16Array;
  t2: Uint16Array;
}

function columnsOf(list: HeldEntry[]): Columns {
  const n = list.length;
  const c: Columns = {
    held: list,
    score: new Float64Array(n),
    km: new Float64Array(n),
    facet: new Uint8Array(n),
    t1: new Uint16Array(n),
    t2: new Uint16Array(n),
  };
  for (let i = 0; i < n; i++) {
    const h = list[i]!;
    c.score[i] = h.removed ? DEAD : h.score;
    c.km[i] = h.distanceKm;
    c.facet[i] = h.facet;
    c.t1[i] = h.t1;
    c.t2[i] = h.t2;
  }
  return c;
}

/** Columns with `fresh` (sorted) inserted before the given positions, by block copies. */
function spliced(c: Columns, fresh: HeldEntry[], at: number[]): Columns {
  const n = c.held.length + fresh.length;
  const out: Columns = {
    held: [],
    score: new Float64Array(n),
    km: new Float64Array(n),
    facet: new Uint8Array(n),
    t1: new Uint16Array(n),
    t2: new Uint16Array(n),
  };
  const pieces: HeldEntry[][] = [];
  let from = 0;
  for (let k = 0; k <= fresh.length; k++) {
    const to = k < fresh.length ? at[k]! : c.held.length;
    const offset = from + k;
    pieces.push(c.held.slice(from, to));
    out.score.set(c.score.subarray(from, to), offset);
    out.km.set(c.km.subarray(from, to), offset);
    out.facet.set(c.facet.subarray(from, to), offset);
    out.t1.set(c.t1.subarray(from, to), offset);
    out.t2.set(c.t2.subarray(from, to), offset);
    if (k < fresh.length) {
      const h = fresh[k]!;
      const i = to + k;
      pieces.push([h]);
      out.score[i] = h.score;
      out.km[i] = h.distanceKm;
      out.facet[i] = h.facet;
      out.t1[i] = h.t1;
      out.t2[i] = h.t2;
    }
    from = to;
  }
  out.held = ([] as HeldEntry[]).concat(...pieces);
  return out;
}

export class SortedColumns {
  private columns: Columns = columnsOf([]);
  private added: HeldEntry[] = [];
  private removed: HeldEntry[] = [];
  private dead = 0;

  constructor(private readonly cmp: Compare) {}

  add(h: HeldEntry): void {
    this.added.push(h);
  }

  /** `h` was marked removed. */
  remove(h: HeldEntry): void {
    this.removed.push(h);
  }

  /** The live entries in order, as columns (dead ones have score DEAD); applies pending changes. */
  read(): Columns {
    if (this.added.length === 0 && this.removed.length === 0) return this.columns;
    const fresh = this.added.filter((h) => !h.removed).sort(this.cmp);
    const removed = this.removed;
    this.added = [];
    this.removed = [];
    const c = this.columns;
    for (const h of removed) {
      const i = this.position(h);
      if (i < c.held.length && c.held[i] === h && c.score[i] !== DEAD) {
        c.score[i] = DEAD;
        this.dead++;
      }
    }
    if (c.held.length === 0 || this.dead > c.held.length / 8) {
      // First run (sorts everything at once), or too many dead entries: rebuild.
      const live = c.held.filter((h) => !h.removed);
      this.columns = columnsOf(c.held.length === 0 ? fresh : merge(live, fresh, this.cmp));
      this.dead = 0;
    } else if (fresh.length) {
      this.columns = spliced(
        c,
        fresh,
        fresh.map((h) => this.position(h)),
      );
    }
    return this.columns;
  }

  /** First index whose entry does not sort before `h` (entries are unique: its own index if held). */
  private position(h: HeldEntry): number {
    const list = this.columns.held;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cmp(list[mid]!, h) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Merges two lists sorted by `cmp`. */
function merge(a: HeldEntry[], b: HeldEntry[], cmp: Compare): HeldEntry[] {
  if (b.length === 0) return a;
  const out: HeldEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(cmp(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}
