// Distance and substitution score on table rows: the same arithmetic, operation for operation, as
// geo.ts pairDistance and score.ts substitutionScore (the reference uses those), so results match
// to the last bit.
import type { FluxTable } from './flux-table';
import { EARTH_RADIUS_KM } from './geo';

const POPCOUNT = new Uint8Array(4096);
for (let m = 1; m < 4096; m++) POPCOUNT[m] = POPCOUNT[m >> 1]! + (m & 1);

/** pairDistance for two rows of different companies (NaN: out of reach of each other). */
export function rowDistance(t: FluxTable, a: number, b: number): number {
  if (t.located[a] === 1 && t.located[b] === 1) {
    const sinLat = Math.sin((t.latRad[b]! - t.latRad[a]!) / 2);
    const sinLon = Math.sin((t.lonRad[b]! - t.lonRad[a]!) / 2);
    const h = sinLat * sinLat + t.cosLat[a]! * t.cosLat[b]! * sinLon * sinLon;
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }
  const z = t.zone[a]!;
  return z >= 0 && z === t.zone[b] ? 0 : NaN;
}

export function distancePartOf(distanceKm: number, reachKm: number): number {
  if (reachKm <= 0) return 0;
  return Math.max(0, Math.min(100, Math.round(100 * (1 - distanceKm / reachKm))));
}

/** substitutionScore(offer, need, d) on rows; `resource` is 100 (same code) or 70. */
export function rowScore(t: FluxTable, o: number, n: number, d: number, resource: number): number {
  const oy = t.yearly[o]!;
  const ny = t.yearly[n]!;
  let quantity = 50;
  if (oy === oy && ny === ny && t.dimension[o] === t.dimension[n]) {
    const max = Math.max(oy, ny);
    if (max !== 0) quantity = Math.round((100 * Math.min(oy, ny)) / max);
  }
  const reach = Math.min(t.reach[o]!, t.reach[n]!);
  const nm = t.months[n]!;
  let timing = Math.round((100 * POPCOUNT[t.months[o]! & nm]!) / Math.max(1, POPCOUNT[nm]!));
  if ((t.occasional[o] === 1 || t.occasional[n] === 1) && timing > 60) timing = 60;
  return Math.round(0.25 * resource + 0.25 * quantity + 0.3 * distancePartOf(d, reach) + 0.2 * timing);
}

/**
 * The best score row `i` can get with any partner at `minKm` or more within `radiusKm`: the
 * distance part at minKm and the partner's parts at their best. Every term is ≥ the real one and
 * added in the same order, so the rounded sum is too.
 */
export function scoreBound(t: FluxTable, i: number, minKm: number, radiusKm: number, resource: number): number {
  const quantity = t.yearly[i] === t.yearly[i] ? 100 : 50;
  const timing = t.occasional[i] === 1 ? 60 : 100;
  return Math.round(0.25 * resource + 0.25 * quantity + 0.3 * distancePartOf(minKm, radiusKm) + 0.2 * timing);
}
