// Web Mercator tile arithmetic for the basemap: which z/x/y tiles cover an area, so « Préparer la
// carte hors ligne » can say how many it will fetch (and the server how many bytes) before any download.
import { z } from 'zod';

/** West, south, east, north in degrees. */
export type Bbox = [west: number, south: number, east: number, north: number];

/** Mercator stops short of the poles. */
const MAX_LAT = 85.0511287798;
/** A prepared area never goes past street level: beyond, MapLibre draws z14 tiles larger (overzoom). */
export const MAX_PREPARED_ZOOM = 14;
/** Tiles one preparation may fetch: a region at z14 is tens of thousands; a territory a few thousand. */
export const MAX_PREPARED_TILES = 20_000;

// An array rather than a tuple schema: zod's tuple code would join the app shell's zod chunk.
export const BboxSchema = z
  .array(z.number(), { error: 'Emprise invalide : ouest, sud, est, nord attendus' })
  .length(4, 'Emprise invalide : ouest, sud, est, nord attendus')
  .refine(([w, s, e, n]) => w! >= -180 && e! <= 180 && s! >= -90 && n! <= 90, 'Emprise invalide : degrés hors limites')
  .refine(([w, s, e, n]) => w! <= e! && s! <= n!, 'Emprise invalide : ouest ≤ est et sud ≤ nord attendus')
  .transform((b) => b as Bbox);

export interface TileRange {
  z: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

function tileX(lon: number, z: number): number {
  return Math.min(2 ** z - 1, Math.max(0, Math.floor(((lon + 180) / 360) * 2 ** z)));
}
function tileY(lat: number, z: number): number {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const rad = (clamped * Math.PI) / 180;
  const y = ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z;
  return Math.min(2 ** z - 1, Math.max(0, Math.floor(y)));
}

/** One range of tiles per zoom, from minZoom to maxZoom, covering the box. */
export function tileRanges(bbox: Bbox, minZoom: number, maxZoom: number): TileRange[] {
  const [w, s, e, n] = bbox;
  const ranges: TileRange[] = [];
  for (let z = minZoom; z <= maxZoom; z++) ranges.push({ z, minX: tileX(w, z), maxX: tileX(e, z), minY: tileY(n, z), maxY: tileY(s, z) });
  return ranges;
}

export function tileCount(ranges: readonly TileRange[]): number {
  return ranges.reduce((sum, r) => sum + (r.maxX - r.minX + 1) * (r.maxY - r.minY + 1), 0);
}

export function* tilesOf(ranges: readonly TileRange[]): Generator<[z: number, x: number, y: number]> {
  for (const r of ranges) for (let x = r.minX; x <= r.maxX; x++) for (let y = r.minY; y <= r.maxY; y++) yield [r.z, x, y];
}

/** The box around points, widened by `marginKm` on each side (a company at the edge keeps its street). */
export function bboxAround(points: readonly { lat: number; lon: number }[], marginKm = 2): Bbox | undefined {
  if (points.length === 0) return undefined;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    w = Math.min(w, p.lon);
    e = Math.max(e, p.lon);
    s = Math.min(s, p.lat);
    n = Math.max(n, p.lat);
  }
  const dLat = marginKm / 111.32;
  const dLon = marginKm / (111.32 * Math.max(0.1, Math.cos((((s + n) / 2) * Math.PI) / 180)));
  return [Math.max(-180, w - dLon), Math.max(-90, s - dLat), Math.min(180, e + dLon), Math.min(90, n + dLat)];
}

export function inBbox(bbox: Bbox, p: { lat: number; lon: number }): boolean {
  return p.lon >= bbox[0] && p.lon <= bbox[2] && p.lat >= bbox[1] && p.lat <= bbox[3];
}
