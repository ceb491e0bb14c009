// Substitution search on the grids: a row's best N partners (nearest cells first, stopping once
// the best score still reachable farther out cannot enter its list), and every partner in reach.
import { findResource } from '../domain';
import { needsFedBy, offersFeeding } from './compatibility';
import type { FluxTable } from './flux-table';
import * as grids from './grid';
import { Grid, type Extent } from './grid';
import * as kernel from './kernel';
import { LOWER_BOUND } from './projection';
import { NEVER } from './pair-verdicts';
import type { TopLists } from './top-lists';

// Module-local copies of the hot imports: some loaders (tsx) turn every imported binding into a
// getter call, which cost more than the loops themselves.
const { MAX_RING, OFFSET_DX, OFFSET_DY, OFFSET_MIN } = grids;
const { rowDistance, rowScore, scoreBound } = kernel;
const LOWER = LOWER_BOUND;

export type PartnerVisit = (j: number, distanceKm: number) => void;

export class PairSearch {
  /** (resource id × 2 + offer) → grid. */
  private readonly grids = new Map<number, Grid>();
  /** resource id × 2 + offer → resource ids on the other side that it can pair with. */
  private readonly partners = new Map<number, Int32Array>();

  constructor(
    private readonly t: FluxTable,
    private readonly tops: TopLists,
    private readonly extent: Extent,
    /** From the data set's size at load (grids of a small data set stay small). */
    private readonly cellsPerSide = 64,
  ) {}

  add(i: number): void {
    const key = this.t.resource[i]! * 2 + this.t.offer[i]!;
    let grid = this.grids.get(key);
    if (!grid) {
      grid = new Grid(this.t, this.t.prepared[i]!.resource.maxDistanceKm, this.extent, this.cellsPerSide);
      this.grids.set(key, grid);
    }
    grid.add(i);
  }

  remove(i: number): void {
    this.grids.get(this.t.resource[i]! * 2 + this.t.offer[i]!)?.remove(i);
  }

  private partnerCodes(i: number): Int32Array {
    const t = this.t;
    const key = t.resource[i]! * 2 + t.offer[i]!;
    let ids = this.partners.get(key);
    if (!ids) {
      const code = t.prepared[i]!.resource.code;
      const codes = t.offer[i] === 1 ? needsFedBy(code) : offersFeeding(code);
      ids = Int32Array.from(codes.filter((c) => findResource(c)).map((c) => t.resources.id(c)));
      this.partners.set(key, ids);
    }
    return ids;
  }

  /** Fills row i's top list from scratch. */
  searchTop(i: number): void {
    const t = this.t;
    this.tops.clear(i);
    const codes = this.partnerCodes(i);
    const otherSide = 1 - t.offer[i]!;
    for (let c = 0; c < codes.length; c++) {
      const grid = this.grids.get(codes[c]! * 2 + otherSide);
      if (!grid) continue;
      const plain = codes[c] === t.resource[i] ? 100 : 70;
      // The best resource part row i can get in this grid (grades, heat levels, labels): the
      // bound that stops the walk; none when the pair rules forbid every row of it.
      const resource = this.bestPart(i, grid);
      if (resource < 0) continue;
      const radius = Math.min(t.reach[i]!, grid.maxReachKm);
      const z = t.zone[i]!;
      if (z >= 0) {
        const zone = (t.located[i] === 1 ? grid.zoneUnlocated : grid.zoneAll).get(z);
        if (zone) this.considerAll(i, zone, plain);
      }
      if (t.located[i] === 0 || grid.located.length === 0) continue;
      const w = grid.cellKm;
      const rings = radius / (w * LOWER);
      if (rings > MAX_RING - 1 || 3.2 * rings * rings > 4 * grid.located.length) {
        // Sparse bucket or very long reach: a plain scan costs less than walking empty cells.
        this.considerAll(i, grid.located, plain);
        continue;
      }
      this.walkCells(i, grid, radius, resource, plain);
    }
  }

  /**
   * Highest resource part row i may get with a row of `grid` (NEVER when none may pair), reading
   * each slot of the grid once per slot of i; it also fills i's verdict line for those slots.
   */
  private bestPart(i: number, grid: Grid): number {
    const t = this.t;
    const slot = t.slot[i]!;
    const offer = t.offer[i] === 1;
    let bound = grid.bounds.get(slot);
    if (!bound) grid.bounds.set(slot, (bound = { read: 0, best: NEVER }));
    const slots = grid.slots;
    for (let k = bound.read; k < slots.length; k++) {
      const part = offer ? t.verdicts.part(slot, slots[k]!) : t.verdicts.part(slots[k]!, slot);
      if (part > bound.best) bound.best = part;
    }
    bound.read = slots.length;
    return bound.best;
  }

  /** Cells nearest first; stops when the bound at the next cell's distance cannot enter. */
  private walkCells(i: number, grid: Grid, radius: number, resource: number, plain: number): void {
    const t = this.t;
    const tops = this.tops;
    const w = grid.cellKm;
    const px = t.x[i]! - grid.x0;
    const py = t.y[i]! - grid.y0;
    const cx = Math.floor(px / w);
    const cy = Math.floor(py / w);
    const { width, height, cells } = grid;
    const step = w * LOWER;
    let lastMin = -1;
    for (let k = 0; ; k++) {
      const min = OFFSET_MIN[k]!;
      if (min !== lastMin) {
        // Offsets come in runs of equal distance: test the bound once per run.
        const ringKm = min * step;
        if (ringKm > radius || this.cannotEnter(i, ringKm, radius, resource)) return;
        lastMin = min;
      }
      const ncx = cx + OFFSET_DX[k]!;
      const ncy = cy + OFFSET_DY[k]!;
      if (ncx < 0 || ncy < 0 || ncx >= width || ncy >= height) continue;
      const cell = cells[ncy * width + ncx];
      if (cell === undefined || cell.length === 0) continue;
      if (min > 0 || OFFSET_DX[k] !== 0 || OFFSET_DY[k] !== 0) {
        const ex = Math.max(0, ncx * w - px, px - (ncx + 1) * w);
        const ey = Math.max(0, ncy * w - py, py - (ncy + 1) * w);
        const cellKm = Math.sqrt(ex * ex + ey * ey) * LOWER;
        if (cellKm > radius || (tops.full(i) && this.cannotEnter(i, cellKm, radius, resource))) continue;
      }
      this.considerAll(i, cell, plain);
    }
  }

  /** Nothing at `minKm` or more can enter i's (full) list. */
  private cannotEnter(i: number, minKm: number, radius: number, resource: number): boolean {
    const tops = this.tops;
    if (!tops.full(i)) return false;
    const bound = scoreBound(this.t, i, minKm, radius, resource);
    const worst = tops.worstScore(i);
    return bound < worst || (bound === worst && minKm > tops.worstDist(i));
  }

  /**
   * Scores the candidates that can enter i's list; the hot loop, so it works on locals. The pair
   * rules' part is one read of i's verdict line (filled by bestPart for every slot of the grid).
   */
  private considerAll(i: number, rows: readonly number[], plain: number): void {
    const t = this.t;
    const tops = this.tops;
    const { company, reach, located, x, y, offer, restricted, slot } = t;
    const ci = company[i]!;
    const plainI = t.plain[i] === 1;
    const plainRow = t.plain;
    const restrictedI = restricted[i] === 1;
    const ri = reach[i]!;
    const li = located[i] === 1;
    const xi = x[i]!;
    const yi = y[i]!;
    const isOffer = offer[i] === 1;
    const verdicts = t.verdicts.line(slot[i]!, isOffer);
    let full = tops.full(i);
    let worst = full ? tops.worstScore(i) : -1;
    for (let k = 0; k < rows.length; k++) {
      const j = rows[k]!;
      if (company[j] === ci || (restrictedI && restricted[j] === 1)) continue;
      // Grades, heat levels, « Autre » labels: the pair rules' part, or never (pair-rules.ts).
      const part = plainI && plainRow[j] === 1 ? plain : verdicts[slot[j]!]!;
      if (part < 0) continue;
      const rj = reach[j]!;
      const r = ri < rj ? ri : rj;
      const o = isOffer ? i : j;
      const n = isOffer ? j : i;
      if (li && located[j] === 1) {
        const dx = x[j]! - xi;
        const dy = y[j]! - yi;
        const lower = Math.sqrt(dx * dx + dy * dy) * LOWER;
        if (lower > r) continue;
        // Best it could score at its planar lower bound: skips the haversine for most losers.
        if (full && rowScore(t, o, n, lower, part) < worst) continue;
      }
      const d = rowDistance(t, i, j);
      if (!(d <= r)) continue;
      const s = rowScore(t, o, n, d, part);
      if (full && s < worst) continue;
      tops.insert(i, j, s, d);
      if (!full) full = tops.full(i);
      if (full) worst = tops.worstScore(i);
    }
  }

  /** Every row of another company that row i can be paired with, with the distance. */
  forEachPartner(i: number, visit: PartnerVisit): void {
    const t = this.t;
    const codes = this.partnerCodes(i);
    const otherSide = 1 - t.offer[i]!;
    const offerI = t.offer[i] === 1;
    const check = (j: number) => {
      if (t.company[j] === t.company[i] || (t.restricted[i] === 1 && t.restricted[j] === 1)) return;
      if (t.pairPart(offerI ? i : j, offerI ? j : i, 0) < 0) return;
      const d = rowDistance(t, i, j);
      if (d <= Math.min(t.reach[i]!, t.reach[j]!)) visit(j, d);
    };
    for (let c = 0; c < codes.length; c++) {
      const grid = this.grids.get(codes[c]! * 2 + otherSide);
      if (!grid) continue;
      const z = t.zone[i]!;
      if (z >= 0) (t.located[i] === 1 ? grid.zoneUnlocated : grid.zoneAll).get(z)?.forEach(check);
      if (t.located[i] === 0) continue;
      const radius = Math.min(t.reach[i]!, grid.maxReachKm);
      const w = grid.cellKm;
      const span = Math.ceil(radius / (w * LOWER)) + 1;
      if ((2 * span + 1) ** 2 > 4 * grid.located.length) {
        grid.located.forEach(check);
        continue;
      }
      const cx = Math.floor((t.x[i]! - grid.x0) / w);
      const cy = Math.floor((t.y[i]! - grid.y0) / w);
      for (let y = Math.max(0, cy - span); y <= Math.min(grid.height - 1, cy + span); y++) {
        for (let x = Math.max(0, cx - span); x <= Math.min(grid.width - 1, cx + span); x++) {
          grid.cells[y * grid.width + x]?.forEach(check);
        }
      }
    }
  }
}
