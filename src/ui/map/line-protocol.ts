// The synergy lines as vector tiles, answered by a MapLibre protocol of our own
// (`synergies://<map>/<version>/{z}/{x}/{y}`): each map keeps its lines here, and a tile is cut
// (domain/map/line-tiles.ts) and encoded when MapLibre's worker asks for it — the lines themselves
// are never copied to that worker nor tiled there (the GeoJSON way took seconds at 20,000 lines).
import { addProtocol } from 'maplibre-gl';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection, LineFeature, SynergyLine } from '../../domain/map/features';
import { LineTiles, TILE_EXTENT } from '../../domain/map/line-tiles';
import { LINES_LAYER } from './overlay-layers';

const PROTOCOL = 'synergies';

const maps = new Map<string, LineTiles>();
let registered = false;
let nextKey = 0;

async function answer({ url }: { url: string }): Promise<{ data: ArrayBuffer }> {
  const [key, , z, x, y] = url.slice(`${PROTOCOL}://`.length).split('/');
  const features = maps.get(key!)?.tile(Number(z), Number(x), Number(y)) ?? [];
  // geojson-vt's tile shape is what vt-pbf encodes; only `features` of it is read.
  const pbf = fromGeojsonVt({ [LINES_LAYER]: { features } } as never, { version: 2, extent: TILE_EXTENT });
  return { data: pbf.buffer.slice(pbf.byteOffset, pbf.byteOffset + pbf.byteLength) as ArrayBuffer };
}

export interface LineTileSource {
  /** The source's tile URL for the lines set last (a new one each time: MapLibre then reloads). */
  url: () => string;
  set: (lines: FeatureCollection<unknown>) => void;
  dispose: () => void;
}

/** One map's lines: set them, point the map's vector source at url(), dispose with the map. */
export function lineTileSource(lines: FeatureCollection<unknown>): LineTileSource {
  if (!registered) {
    addProtocol(PROTOCOL, answer);
    registered = true;
  }
  const key = String(nextKey++);
  let version = 0;
  const set = (next: FeatureCollection<unknown>) => {
    maps.set(key, new LineTiles(next as FeatureCollection<LineFeature<SynergyLine>>));
    version++;
  };
  set(lines);
  return {
    url: () => `${PROTOCOL}://${key}/${version}/{z}/{x}/{y}`,
    set,
    dispose: () => void maps.delete(key),
  };
}
