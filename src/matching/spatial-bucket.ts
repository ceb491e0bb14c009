// The flux of one resource and direction, indexed by a grid of cells in degrees (for located
// companies) and by business park (for companies placed by their zone). A query returns a superset
// of the flux within a radius; callers check the exact distance.
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
  private readonly zones = new Map<string, PreparedFlux[]>();
  /** Largest reach ever added: an upper bound is enough to bound queries. */
  maxReachKm = 0;
  /** Largest |latitude| ever added, in degrees (bounds how short a longitude degree gets). */
  private maxAbsLat = 0;
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
      this.maxAbsLat = Math.max(this.maxAbsLat, Math.abs((place.latRad * 180) / Math.PI));
      const [cx, cy] = this.cellOf(place);
      const key = cellKey(cx, cy);
      const cell = this.cells.get(key);
      if (cell) cell.items.push(f);
      else this.cells.set(key, { cx, cy, items: [f] });
    }
    if (place.zoneKey !== '') {
      const zone = this.zones.get(place.zoneKey);
      if (zone) zone.push(f);
      else this.zones.set(place.zoneKey, [f]);
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
    if (place.zoneKey !== '') {
      const zone = this.zones.get(place.zoneKey);
      if (zone) remove(zone, f);
      if (zone && zone.length === 0) this.zones.delete(place.zoneKey);
    }
  }

  /** Calls `visit` for every flux that may be within `radiusKm` of `origin` (and some beyond). */
  forEachNear(origin: Place, radiusKm: number, visit: (f: PreparedFlux) => void): void {
    if (origin.located) this.forEachInCells(origin, radiusKm, visit);
    // Pairs with a company placed only by its zone are found through the zone, never the grid.
    if (origin.zoneKey !== '') {
      const zone = this.zones.get(origin.zoneKey);
      if (zone) for (const f of zone) if (!origin.located || !f.company.located) visit(f);
    }
  }

  private forEachInCells(origin: Place, radiusKm: number, visit: (f: PreparedFlux) => void): void {
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

  /**
   * Visits flux by rings of cells around `origin`, nearest first (its business park first of all),
   * and stops as soon as `enough(d)` says nothing at `d` km or more can matter any more.
   */
  forEachByRing(origin: Place, radiusKm: number, visit: (f: PreparedFlux) => void, enough: (minKm: number) => boolean): void {
    if (origin.zoneKey !== '') {
      const zone = this.zones.get(origin.zoneKey);
      if (zone) for (const f of zone) if (!origin.located || !f.company.located) visit(f);
    }
    if (!origin.located || this.cells.size === 0) return;
    const lat = (origin.latRad * 180) / Math.PI;
    const lon = (origin.lonRad * 180) / Math.PI;
    const cx0 = Math.floor(lon / this.cellLonDeg);
    const cy0 = Math.floor(lat / this.cellLatDeg);
    // A cell k rings away is at least k-1 cells away north-south or east-west. East-west, a
    // longitude gap is shortest at the poleward edge of the data; 2% margin for the sphere.
    const cosEdge = Math.cos(Math.min(89.9, Math.max(this.maxAbsLat, Math.abs(lat)) + 1) * (Math.PI / 180));
    const ringKm = 0.98 * Math.min(this.cellLatDeg * KM_PER_DEGREE, this.cellLonDeg * KM_PER_DEGREE * cosEdge);
    const maxRing = Math.ceil(radiusKm / ringKm) + 1;
    if (ringKm <= 0 || Math.abs(lat) > 80 || Math.abs(lon) > 170 || (2 * maxRing + 1) ** 2 > 4 * this.cells.size) {
      // Sparse bucket, or near the poles/antimeridian: a plain scan is as fast and always safe.
      this.forEachInCells(origin, radiusKm, visit);
      return;
    }
    for (let k = 0; k <= maxRing; k++) {
      if (k > 0 && enough((k - 1) * ringKm)) return;
      for (let cy = cy0 - k; cy <= cy0 + k; cy++) {
        const edgeRow = cy === cy0 - k || cy === cy0 + k;
        for (let cx = cx0 - k; cx <= cx0 + k; cx += edgeRow || k === 0 ? 1 : 2 * k) {
          const cell = this.cells.get(cellKey(cx, cy));
          if (cell) for (const f of cell.items) visit(f);
        }
      }
    }
  }

  /** Every flux of the bucket (each once). */
  *all(): Iterable<PreparedFlux> {
    const seen = new Set<PreparedFlux>();
    for (const cell of this.cells.values()) for (const f of cell.items) seen.add(f);
    for (const zone of this.zones.values()) for (const f of zone) seen.add(f);
    yield* seen;
  }
}
