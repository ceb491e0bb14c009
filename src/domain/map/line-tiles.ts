// Synergy lines cut into vector tiles on demand (Web Mercator, as MapLibre asks for them): handed
// over as tiles, 20,000 lines cost neither their copy to MapLibre's worker nor its own tiling, and
// a tile zoomed out holds only the best lines (a region's 20,000 at once are a tangle no one reads,
// and seconds to draw on a tablet's software renderer).
import type { FeatureCollection, LineFeature, LonLat, SynergyLine } from './features';

/** Tile coordinates run 0..EXTENT; a margin around it keeps line ends whole at a tile's edge. */
export const TILE_EXTENT = 4096;
const BUFFER = 64;
const HI = TILE_EXTENT + BUFFER;

/**
 * The best lines a tile of this zoom holds (lines come best first): 2,000 for a region seen whole
 * (about zoom 8), twice as many at each zoom in, all from zoom 12 (a town's streets).
 */
export function linesAtZoom(zoom: number): number {
  const z = Math.floor(zoom);
  return z >= 12 ? Infinity : 2_000 * 2 ** Math.max(0, z - 8);
}

/** One line's segments in world coordinates (0..1 both ways, y downwards), with its rank. */
interface Segments {
  rank: number;
  properties: SynergyLine;
  /** x1, y1, x2, y2 of each segment, one after the other. */
  coords: number[];
}

/** A tile's features, shaped as geojson-vt's (what @maplibre/vt-pbf encodes): type 2 = lines. */
export interface TileLine {
  type: 2;
  geometry: [number, number][][];
  tags: { id: string; kind: string };
}

const world = ([lon, lat]: LonLat): [number, number] => {
  const sin = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
  return [lon / 360 + 0.5, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
};

/** Clips a segment to the box [lo, hi]² (Liang–Barsky); undefined when it misses the box. */
function clip(x1: number, y1: number, x2: number, y2: number, lo: number, hi: number): [number, number, number, number] | undefined {
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, x1 - lo],
    [dx, hi - x1],
    [-dy, y1 - lo],
    [dy, hi - y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return undefined;
      continue;
    }
    const r = q / p;
    if (p < 0) {
      if (r > t1) return undefined;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return undefined;
      if (r < t1) t1 = r;
    }
  }
  return [x1 + t0 * dx, y1 + t0 * dy, x1 + t1 * dx, y1 + t1 * dy];
}

export class LineTiles {
  private readonly lines: Segments[];

  constructor(collection: FeatureCollection<LineFeature<SynergyLine>>) {
    this.lines = collection.features.map((f, rank) => {
      const parts = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
      const coords: number[] = [];
      for (const part of parts) {
        for (let i = 1; i < part.length; i++) coords.push(...world(part[i - 1]!), ...world(part[i]!));
      }
      return { rank, properties: f.properties, coords };
    });
  }

  get size(): number {
    return this.lines.length;
  }

  /** The lines of tile z/x/y, in its own coordinates, the best linesAtZoom(z) only. */
  tile(z: number, x: number, y: number): TileLine[] {
    const scale = 2 ** z * TILE_EXTENT;
    const [ox, oy] = [x * TILE_EXTENT, y * TILE_EXTENT];
    const limit = Math.min(this.lines.length, linesAtZoom(z));
    const features: TileLine[] = [];
    for (let i = 0; i < limit; i++) {
      const line = this.lines[i]!;
      const geometry: [number, number][][] = [];
      const c = line.coords;
      for (let k = 0; k < c.length; k += 4) {
        const [x1, y1, x2, y2] = [c[k]! * scale - ox, c[k + 1]! * scale - oy, c[k + 2]! * scale - ox, c[k + 3]! * scale - oy];
        // Most segments lie wholly on one side of the tile: skipped before any clipping.
        if (Math.max(x1, x2) < -BUFFER || Math.min(x1, x2) > HI || Math.max(y1, y2) < -BUFFER || Math.min(y1, y2) > HI) continue;
        const cut = clip(x1, y1, x2, y2, -BUFFER, HI);
        if (!cut) continue;
        geometry.push([
          [Math.round(cut[0]), Math.round(cut[1])],
          [Math.round(cut[2]), Math.round(cut[3])],
        ]);
      }
      if (geometry.length) features.push({ type: 2, geometry, tags: { id: line.properties.id, kind: line.properties.kind } });
    }
    return features;
  }
}
