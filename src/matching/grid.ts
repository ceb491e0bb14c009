// The flux rows of one resource and direction: located ones in a dense grid of planar cells,
// and, per business park, the ones a park-placed company can be paired with.
import type { FluxTable } from './flux-table';

/** Cells an eighth of the reach wide: the ring search then stops close to the real cut-off. */
const CELLS_PER_REACH = 8;
const MIN_CELL_KM = 0.5;
/** Caps a grid at 64×64 cells: ~100 grids are allocated per load, most for rare resources. */
const MAX_CELLS_PER_SIDE = 64;
/** A grid need not have many more cells than the data set has flux. */
export const cellsPerSideFor = (fluxCount: number) => Math.max(4, Math.min(MAX_CELLS_PER_SIDE, Math.ceil(Math.sqrt(fluxCount))));

export interface Extent {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const removeFrom = (list: number[] | undefined, i: number): void => {
  const at = list ? list.indexOf(i) : -1;
  if (at >= 0) list!.splice(at, 1);
};

export class Grid {
  cellKm: number;
  x0 = 0;
  y0 = 0;
  width = 1;
  height = 1;
  cells: (number[] | undefined)[] = [];
  /** Every located row (for sparse buckets a plain scan beats the rings). */
  readonly located: number[] = [];
  /** Park → its unlocated rows (what a located company of that park can pair with by zone). */
  readonly zoneUnlocated = new Map<number, number[]>();
  /** Park → all its rows (what an unlocated company of that park can pair with). */
  readonly zoneAll = new Map<number, number[]>();
  maxReachKm = 0;
  /** Verdict slots of the rows ever added (pair-verdicts.ts): what a search may meet here. */
  readonly slots: number[] = [];
  private readonly slotSeen = new Set<number>();
  /** Per slot of a searching row: how many of `slots` it has read, and its best part among them. */
  readonly bounds = new Map<number, { read: number; best: number }>();

  constructor(
    private readonly t: FluxTable,
    defaultReachKm: number,
    private extent: Extent,
    cellsPerSide = MAX_CELLS_PER_SIDE,
  ) {
    const side = Math.max(extent.maxX - extent.minX, extent.maxY - extent.minY);
    this.cellKm = Math.max(MIN_CELL_KM, defaultReachKm / CELLS_PER_REACH, side / cellsPerSide);
    this.layout();
  }

  private layout(): void {
    const e = this.extent;
    this.x0 = e.minX;
    this.y0 = e.minY;
    this.width = Math.max(1, Math.floor((e.maxX - e.minX) / this.cellKm) + 1);
    this.height = Math.max(1, Math.floor((e.maxY - e.minY) / this.cellKm) + 1);
    this.cells = new Array(this.width * this.height);
    for (const i of this.located) this.place(i);
  }

  private cellOf(i: number): number {
    const cx = Math.floor((this.t.x[i]! - this.x0) / this.cellKm);
    const cy = Math.floor((this.t.y[i]! - this.y0) / this.cellKm);
    return cx < 0 || cy < 0 || cx >= this.width || cy >= this.height ? -1 : cy * this.width + cx;
  }

  private place(i: number): void {
    const c = this.cellOf(i);
    const cell = this.cells[c];
    if (cell) cell.push(i);
    else this.cells[c] = [i];
  }

  add(i: number): void {
    const t = this.t;
    if (t.reach[i]! > this.maxReachKm) this.maxReachKm = t.reach[i]!;
    const slot = t.slot[i]!;
    if (!this.slotSeen.has(slot)) {
      this.slotSeen.add(slot);
      this.slots.push(slot);
    }
    if (t.located[i] === 1) {
      this.located.push(i);
      if (this.cellOf(i) < 0) {
        // Outside the grid (a company added far away after the load): grow it, with room to spare.
        const e = this.extent;
        const pad = this.cellKm * 8;
        this.extent = {
          minX: Math.min(e.minX, t.x[i]! - pad),
          minY: Math.min(e.minY, t.y[i]! - pad),
          maxX: Math.max(e.maxX, t.x[i]! + pad),
          maxY: Math.max(e.maxY, t.y[i]! + pad),
        };
        this.layout();
      } else this.place(i);
    }
    const z = t.zone[i]!;
    if (z < 0) return;
    pushTo(this.zoneAll, z, i);
    if (t.located[i] === 0) pushTo(this.zoneUnlocated, z, i);
  }

  remove(i: number): void {
    const t = this.t;
    if (t.located[i] === 1) {
      removeFrom(this.located, i);
      removeFrom(this.cells[this.cellOf(i)], i);
    }
    const z = t.zone[i]!;
    if (z < 0) return;
    removeFrom(this.zoneAll.get(z), i);
    if (t.located[i] === 0) removeFrom(this.zoneUnlocated.get(z), i);
  }
}

function pushTo(map: Map<number, number[]>, key: number, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

/**
 * Cell offsets sorted by the smallest distance (in cells) between any point of the centre cell
 * and any point of the offset cell: visiting them in this order meets flux nearest first.
 */
export const MAX_RING = 64;
export const OFFSET_DX: Int32Array = new Int32Array((2 * MAX_RING + 1) ** 2);
export const OFFSET_DY: Int32Array = new Int32Array(OFFSET_DX.length);
export const OFFSET_MIN: Float64Array = new Float64Array(OFFSET_DX.length);
{
  const all: [number, number, number][] = [];
  for (let dy = -MAX_RING; dy <= MAX_RING; dy++) {
    for (let dx = -MAX_RING; dx <= MAX_RING; dx++) {
      all.push([dx, dy, Math.hypot(Math.max(0, Math.abs(dx) - 1), Math.max(0, Math.abs(dy) - 1))]);
    }
  }
  all.sort((a, b) => a[2] - b[2]);
  all.forEach(([dx, dy, min], k) => {
    OFFSET_DX[k] = dx;
    OFFSET_DY[k] = dy;
    OFFSET_MIN[k] = min;
  });
}
