// Every flux row's best N substitution partners, in flat typed arrays (row × N slots), sorted by
// score, then distance, then flux id: a total order, so any visiting order gives the same lists.
import type { FluxTable } from './flux-table';

/** insert(): the candidate did not enter. */
export const NOT_ENTERED = -2;
/** insert(): it entered without pushing anyone out. */
export const ENTERED = -1;

export class TopLists {
  other = new Int32Array(0);
  score = new Int32Array(0);
  dist = new Float64Array(0);
  len = new Uint8Array(0);
  private rows = 0;

  constructor(
    readonly n: number,
    private readonly t: FluxTable,
  ) {}

  /** Makes room for row `i` (rows grow with the table). */
  ensure(i: number): void {
    if (i < this.rows) return;
    const rows = Math.max(1024, i + 1, this.rows * 2);
    const n = this.n;
    const other = new Int32Array(rows * n);
    other.set(this.other);
    const score = new Int32Array(rows * n);
    score.set(this.score);
    const dist = new Float64Array(rows * n);
    dist.set(this.dist);
    const len = new Uint8Array(rows);
    len.set(this.len);
    Object.assign(this, { other, score, dist, len, rows });
  }

  full(i: number): boolean {
    return this.len[i] === this.n;
  }

  worstScore(i: number): number {
    return this.score[i * this.n + this.len[i]! - 1]!;
  }

  worstDist(i: number): number {
    return this.dist[i * this.n + this.len[i]! - 1]!;
  }

  has(i: number, j: number): boolean {
    const base = i * this.n;
    for (let k = base, end = base + this.len[i]!; k < end; k++) if (this.other[k] === j) return true;
    return false;
  }

  /** The rows in i's list (a copy). */
  list(i: number): number[] {
    const base = i * this.n;
    return Array.from(this.other.subarray(base, base + this.len[i]!));
  }

  /** Candidate `j` ranks before slot k? */
  private before(j: number, s: number, d: number, k: number): boolean {
    const sk = this.score[k]!;
    if (s !== sk) return s > sk;
    const dk = this.dist[k]!;
    if (d !== dk) return d < dk;
    return this.t.prepared[j]!.id < this.t.prepared[this.other[k]!]!.id;
  }

  wouldEnter(i: number, j: number, s: number, d: number): boolean {
    return this.len[i]! < this.n || this.before(j, s, d, i * this.n + this.n - 1);
  }

  /** Inserts if it ranks in the top n: NOT_ENTERED, ENTERED, or the row it pushed out. */
  insert(i: number, j: number, s: number, d: number): number {
    const n = this.n;
    const base = i * n;
    const len = this.len[i]!;
    if (len === n && !this.before(j, s, d, base + n - 1)) return NOT_ENTERED;
    const out = len === n ? this.other[base + n - 1]! : ENTERED;
    let k = base + (len === n ? n - 1 : len);
    while (k > base && this.before(j, s, d, k - 1)) {
      this.other[k] = this.other[k - 1]!;
      this.score[k] = this.score[k - 1]!;
      this.dist[k] = this.dist[k - 1]!;
      k--;
    }
    this.other[k] = j;
    this.score[k] = s;
    this.dist[k] = d;
    if (len < n) this.len[i] = len + 1;
    return out;
  }

  clear(i: number): void {
    this.len[i] = 0;
  }
}
