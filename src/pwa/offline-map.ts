// The basemap's network side: what the server offers (MAP_TILES_FILE), and « Préparer la carte
// hors ligne », which fetches an area's tiles into a cache of their own that the service worker
// reads first (public/map-sw.js) and never trims, unlike the tiles merely seen while browsing.
import { AreaSizeSchema, BasemapInfoSchema, MAP_ROUTES, tileUrl, type AreaSize, type BasemapInfo } from '../domain/map/basemap';
import { tileRanges, tilesOf, type Bbox } from '../domain/map/tiles';

/** Must match PREPARED_CACHE in public/map-sw.js. */
export const PREPARED_CACHE = 'carte-hors-ligne';
const PARALLEL = 6;

/** Where MapLibre asks for tiles (relative to the origin). */
export const TILES_TEMPLATE = `${MAP_ROUTES.tiles}/{z}/{x}/{y}.mvt`;

export type BasemapState = BasemapInfo | { available: false; reason: string; offline: true };

/** What the server's basemap covers; offline, the copy the service worker kept (or why there is none). */
export async function basemapInfo(signal?: AbortSignal): Promise<BasemapState> {
  try {
    const res = await fetch(MAP_ROUTES.info, { signal });
    if (!res.ok) return { available: false, reason: `Fond de carte indisponible (réponse ${res.status} du serveur).` };
    return BasemapInfoSchema.parse(await res.json());
  } catch (error) {
    if (signal?.aborted) throw error;
    return {
      available: false,
      offline: true,
      reason: 'Hors ligne, et aucun fond de carte n’a été préparé sur cet appareil : la carte est dessinée sur un fond uni.',
    };
  }
}

const areaQuery = (bbox: Bbox, maxZoom: number) => `bbox=${bbox.map((n) => n.toFixed(5)).join(',')}&maxzoom=${maxZoom}`;

/** How many tiles and bytes an area up to a zoom is, as the server counts them in its archive. */
export async function areaSize(bbox: Bbox, maxZoom: number, signal?: AbortSignal): Promise<AreaSize> {
  const res = await fetch(`${MAP_ROUTES.area}?${areaQuery(bbox, maxZoom)}`, { signal });
  if (!res.ok) throw new Error(`Taille de la zone inconnue (réponse ${res.status} du serveur).`);
  return AreaSizeSchema.parse(await res.json());
}

export interface PrepareProgress {
  done: number;
  total: number;
}

/** Fetches every tile of the area (the empty ones answer 204 and are skipped) into the prepared cache. */
export async function prepareArea(
  bbox: Bbox,
  minZoom: number,
  maxZoom: number,
  onProgress: (p: PrepareProgress) => void,
  signal?: AbortSignal,
): Promise<PrepareProgress> {
  const cache = await caches.open(PREPARED_CACHE);
  // The archive's description too, so an offline reload knows there is a basemap.
  const info = await fetch(MAP_ROUTES.info, { signal });
  if (info.ok) await cache.put(MAP_ROUTES.info, info);
  const urls = [...tilesOf(tileRanges(bbox, minZoom, maxZoom))].map(([z, x, y]) => tileUrl(z, x, y));
  const progress = { done: 0, total: urls.length };
  onProgress(progress);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      if (signal?.aborted) throw new DOMException('Préparation annulée', 'AbortError');
      const url = urls[next++]!;
      if (!(await cache.match(url))) {
        const res = await fetch(url, { signal });
        if (res.status === 200) await cache.put(url, res);
        else if (!res.ok && res.status !== 204) throw new Error(`Tuile ${url} refusée (réponse ${res.status}).`);
      }
      progress.done++;
      if (progress.done % 20 === 0 || progress.done === progress.total) onProgress({ ...progress });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return progress;
}

/** Tiles prepared on this device (all areas together). */
export async function preparedTiles(): Promise<number> {
  if (typeof caches === 'undefined') return 0;
  const cache = await caches.open(PREPARED_CACHE);
  return (await cache.keys()).filter((r) => new URL(r.url).pathname.startsWith(MAP_ROUTES.tiles)).length;
}

export async function forgetPreparedAreas(): Promise<void> {
  await caches.delete(PREPARED_CACHE);
}
