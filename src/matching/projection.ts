// Planar km coordinates for the grid: equirectangular around the data's centre, with the east-west
// scale of its most poleward latitude, so a planar distance (× LOWER_BOUND) never exceeds the
// haversine one. Only pruning uses it; every kept distance is haversine.
import { EARTH_RADIUS_KM, type Place } from './geo';

/**
 * haversine ≥ planar × 0.99 while both points lie within the latitude band and within ±10° of the
 * centre (the small-angle error of hav() stays under 0.6% there, float error far below).
 */
export const LOWER_BOUND = 0.99;
const MAX_SPAN_RAD = (10 * Math.PI) / 180;
const BAND_MARGIN_RAD = (1 * Math.PI) / 180;
const MAX_LAT_RAD = (80 * Math.PI) / 180;

export class Projection {
  /**
   * Wide data (over 20° across, or near a pole): everything is placed at (0, 0), which disables
   * pruning but keeps results exact.
   */
  readonly wide: boolean;
  private readonly cosRef: number;
  private readonly bandRad: number;

  private constructor(
    private readonly lat0: number,
    private readonly lon0: number,
    maxAbsLat: number,
    wide: boolean,
  ) {
    this.wide = wide;
    this.bandRad = Math.min(MAX_LAT_RAD, maxAbsLat + BAND_MARGIN_RAD);
    this.cosRef = Math.cos(this.bandRad);
  }

  static of(places: Iterable<Place>): Projection {
    let minLat = Infinity;
    let maxLat = -Infinity;
    let minLon = Infinity;
    let maxLon = -Infinity;
    for (const p of places) {
      if (!p.located) continue;
      minLat = Math.min(minLat, p.latRad);
      maxLat = Math.max(maxLat, p.latRad);
      minLon = Math.min(minLon, p.lonRad);
      maxLon = Math.max(maxLon, p.lonRad);
    }
    if (minLat === Infinity) return new Projection(0, 0, 0, false);
    const maxAbsLat = Math.max(Math.abs(minLat), Math.abs(maxLat));
    const wide = maxLat - minLat > MAX_SPAN_RAD || maxLon - minLon > MAX_SPAN_RAD || maxAbsLat + BAND_MARGIN_RAD > MAX_LAT_RAD;
    return new Projection((minLat + maxLat) / 2, (minLon + maxLon) / 2, maxAbsLat, wide);
  }

  /** False when a new place falls outside what the bound was computed for: rebuild then. */
  covers(p: Place): boolean {
    if (!p.located || this.wide) return true;
    return (
      Math.abs(p.latRad) <= this.bandRad &&
      Math.abs(p.latRad - this.lat0) <= MAX_SPAN_RAD / 2 &&
      Math.abs(p.lonRad - this.lon0) <= MAX_SPAN_RAD / 2
    );
  }

  x(lonRad: number): number {
    return this.wide ? 0 : EARTH_RADIUS_KM * (lonRad - this.lon0) * this.cosRef;
  }

  y(latRad: number): number {
    return this.wide ? 0 : EARTH_RADIUS_KM * (latRad - this.lat0);
  }
}
