// The pair rules' verdict (grades, heat levels, « Autre » labels) as small integers per pair of
// profile slots. Each flux row gets its slot once, when it enters the table; the search loops then
// read one typed-array entry per candidate instead of comparing grades and labels per pair.
import { pairVerdictOf } from './compatibility';
import type { PreparedFlux } from './prepare';

/** The pair rules forbid the pair. */
export const NEVER = -1;
const UNKNOWN = -2;

/**
 * Verdicts between slots: `byOffer[so][sn]` and `byNeed[sn][so]` hold the same resource part
 * (0–100) or NEVER, so a row reads its own line whichever side it is on.
 */
export class PairVerdicts {
  /** A flux of each slot: a verdict reads only what the slot stands for (its profile, or its entry). */
  private readonly sample: PreparedFlux[] = [];
  private readonly byOffer: Int16Array[] = [];
  private readonly byNeed: Int16Array[] = [];

  register(slot: number, f: PreparedFlux): void {
    if (this.sample[slot] === undefined) this.sample[slot] = f;
  }

  /** Resource part of an offer of slot `so` with a need of slot `sn`, or NEVER. */
  part(so: number, sn: number): number {
    let part = line(this.byOffer, so, sn)[sn]!;
    if (part === UNKNOWN) {
      part = pairVerdictOf(this.sample[so]!, this.sample[sn]!)?.resource ?? NEVER;
      line(this.byOffer, so, sn)[sn] = part;
      line(this.byNeed, sn, so)[so] = part;
    }
    return part;
  }

  /** The verdicts of `slot` (an offer's when `offer`) against every slot, UNKNOWN where not asked yet. */
  line(slot: number, offer: boolean): Int16Array {
    return line(offer ? this.byOffer : this.byNeed, slot, 0);
  }
}

/** The line of `slot`, long enough to hold entry `other`. */
function line(table: Int16Array[], slot: number, other: number): Int16Array {
  const row = table[slot];
  if (row !== undefined && other < row.length) return row;
  const grown = new Int16Array(Math.max(64, other * 2 + 2)).fill(UNKNOWN);
  if (row) grown.set(row);
  table[slot] = grown;
  return grown;
}
