// Located mutualisation members, indexed by a grid of cells in degrees. A query returns a superset
// of the flux within a radius, each once; callers check the exact distance.
import { EARTH_RADIUS_KM, KM_PER_DEGREE, type Place } from './geo';
import type { PreparedFlux } from './prepare';

interface Cell {
  cx: number;
  cy: number;
  items: PreparedFlux[];
}

// Cells a third of the reach wide: a query then scans about 2× the area of its circle, while
// staying at ~64 cell look-ups.
const CELLS_PER_REACH = 3;
const MIN_CELL_KM = 0.5;
// Longitude degrees shrink with latitude; the cell width uses a mid-France latitude. It only
// changes speed, never results.
const LON_KM_PER_DEGREE = KM_PER_DEGREE * Math.cos((46 * Math.PI) / 180);

const cellKey = (cx: number, cy: number): number => (cy + 100_000) * 1_000_000 + (cx + 500_000);
const remove = (list: PreparedFlux[], f: PreparedFlux) => {
  const i = list.indexOf(f);
  if (i >= 0) list.splice(i, 1);
};

export class SpatialBucket {
  private readonly cellLatDeg: number;
  private readonly cellLonDeg: number;
  private readonly cells = new Map<number, Cell>();
  /** Largest reach ever added: an upper bound is enough to bound queries. */
  maxReachKm = 0;
  size = 0;

  constructor(defaultReachKm: number) {
    const cellKm = Math.max(MIN_CELL_KM, defaultReachKm / CELLS_PER_REACH);
    this.cellLatDeg = cellKm / KM_PER_DEGREE;
    this.cellLonDeg = cellKm / LON_KM_PER_DEGREE;
  }

  private cellOf(p: Place): [number, number] {
    const lat = (p.latRad * 180) / Math.PI;
    const lon = (p.lonRad * 180) / Math.PI;
    return [Math.floor(lon / this.cellLonDeg), Math.floor(lat / this.cellLatDeg)];
  }

  add(f: PreparedFlux): void {
    this.size++;
    this.maxReachKm = Math.max(this.maxReachKm, f.reachKm);
    const place = f.company;
    if (place.located) {
      const [cx, cy] = this.cellOf(place);
      const key = cellKey(cx, cy);
      const cell = this.cells.get(key);
      if (cell) cell.items.push(f);
      else this.cells.set(key, { cx, cy, items: [f] });
    }
  }

  remove(f: PreparedFlux): void {
    this.size--;
    const place = f.company;
    if (place.located) {
      const [cx, cy] = this.cellOf(place);
      const cell = this.cells.get(cellKey(cx, cy));
      if (cell) remove(cell.items, f);
      if (cell && cell.items.length === 0) this.cells.delete(cellKey(cx, cy));
    }
  }

  /** Calls `visit` once for every located flux that may be within `radiusKm` of a located `origin` (and some beyond). */
  forEachLocatedNear(origin: Place, radiusKm: number, visit: (f: PreparedFlux) => void): void {
    const lat = (origin.latRad * 180) / Math.PI;
    const lon = (origin.lonRad * 180) / Math.PI;
    // Great-circle distance ≥ R·|Δlatitude|; the longitude span is widest at the poleward edge.
    const dLat = (radiusKm / KM_PER_DEGREE) * 1.001 + 1e-9;
    const edge = Math.min(89.9, Math.abs(lat) + dLat);
    const dLon = ((radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI) * 1.01) / Math.cos((edge * Math.PI) / 180) + 1e-9;
    const x0 = Math.floor((lon - dLon) / this.cellLonDeg);
    const x1 = Math.floor((lon + dLon) / this.cellLonDeg);
    const y0 = Math.floor((lat - dLat) / this.cellLatDeg);
    const y1 = Math.floor((lat + dLat) / this.cellLatDeg);
    const wraps = lon - dLon < -180 || lon + dLon > 180 || edge >= 89.9;
    if (wraps || (x1 - x0 + 1) * (y1 - y0 + 1) > this.cells.size) {
      // Few occupied cells, or a query over the antimeridian/poles: scanning them all is cheaper and safe.
      for (const cell of this.cells.values()) {
        if (wraps || (cell.cx >= x0 && cell.cx <= x1 && cell.cy >= y0 && cell.cy <= y1)) for (const f of cell.items) visit(f);
      }
      return;
    }
    for (let cy = y0; cy <= y1; cy++) {
      for (let cx = x0; cx <= x1; cx++) {
        const cell = this.cells.get(cellKey(cx, cy));
        if (cell) for (const f of cell.items) visit(f);
      }
    }
  }
}
