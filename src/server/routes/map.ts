// The basemap routes: what the archive named by MAP_TILES_FILE covers, its tiles by z/x/y (so the
// device's service worker keeps each under its own address), and an area's size before it is
// prepared offline. Public, like the OpenStreetMap data they carry: no session, cacheable.
import { Hono } from 'hono';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { MAX_PREPARED_TILES, MAX_PREPARED_ZOOM, tileCount, tileRanges, BboxSchema } from '../../domain/map/tiles';
import type { BasemapInfo } from '../../domain/map/basemap';
import type { AppEnv, ServerDeps } from '../http/app-env';
import { BasemapArchive } from '../map/basemap-archive';

const NOT_CONFIGURED =
  'Aucun fond de carte n’est configuré sur le serveur (réglage MAP_TILES_FILE) : la carte est dessinée sur un fond uni.';
const UNREADABLE = 'Le fond de carte du serveur est illisible (voir son journal) : la carte est dessinée sur un fond uni.';
/** A failed open is tried again after this long (the file may be being copied in place). */
const RETRY_MS = 60_000;

const AreaQuerySchema = z.object({
  bbox: z
    .string()
    .max(200)
    .transform((s) => s.split(',').map(Number))
    .pipe(BboxSchema),
  maxzoom: z.coerce.number().int().min(0).max(MAX_PREPARED_ZOOM),
});

const TileCoord = z.coerce
  .number()
  .int()
  .min(0)
  .max(2 ** 30);

export function mapRoutes(deps: Pick<ServerDeps, 'log'>, file: string | undefined) {
  let archive: Promise<BasemapArchive> | undefined;
  let failedAt = 0;
  const basemap = async (): Promise<BasemapArchive | undefined> => {
    if (!file) return undefined;
    if (!archive && Date.now() - failedAt > RETRY_MS) {
      archive = BasemapArchive.open(file);
      archive.catch((error: unknown) => {
        deps.log(`Fond de carte ${file} illisible`, error);
        failedAt = Date.now();
        archive = undefined;
      });
    }
    return archive?.catch(() => undefined);
  };

  const routes = new Hono<AppEnv>();
  routes.get('/basemap.json', async (c) => {
    const found = await basemap();
    const info: BasemapInfo = found ? found.info() : { available: false, reason: file ? UNREADABLE : NOT_CONFIGURED };
    return c.json(info, 200, { 'Cache-Control': 'no-cache' });
  });

  routes.get('/tiles/:z/:x/:y{[0-9]+\\.mvt}', async (c) => {
    const coords = z
      .tuple([TileCoord, TileCoord, TileCoord])
      .safeParse([c.req.param('z'), c.req.param('x'), c.req.param('y').replace('.mvt', '')]);
    if (!coords.success) return c.json({ error: 'Tuile invalide', code: 'invalid' }, 400);
    const found = await basemap();
    if (!found) return c.json({ error: NOT_CONFIGURED, code: 'not-found' }, 404);
    const tile = await found.tile(...coords.data);
    // Outside the archive (sea, beyond the region): nothing to draw, and nothing worth an error.
    if (!tile) return c.body(null, 204, { 'Cache-Control': 'public, max-age=86400' });
    const headers: Record<string, string> = {
      'Content-Type': 'application/vnd.mapbox-vector-tile',
      'Cache-Control': 'public, max-age=86400',
      Vary: 'Accept-Encoding',
    };
    if (tile.encoding !== 'gzip') return c.body(tile.data, 200, headers);
    if (/\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '')) return c.body(tile.data, 200, { ...headers, 'Content-Encoding': 'gzip' });
    return c.body(new Uint8Array(gunzipSync(tile.data)), 200, headers);
  });

  routes.get('/area', async (c) => {
    const query = AreaQuerySchema.safeParse(c.req.query());
    if (!query.success) return c.json({ error: `Zone invalide : ${query.error.issues[0]?.message ?? ''}`, code: 'invalid' }, 400);
    const found = await basemap();
    if (!found) return c.json({ error: NOT_CONFIGURED, code: 'not-found' }, 404);
    const { bbox, maxzoom } = query.data;
    const count = tileCount(tileRanges(bbox, found.header.minZoom, Math.min(maxzoom, found.header.maxZoom)));
    if (count > MAX_PREPARED_TILES) {
      const n = count.toLocaleString('fr-FR');
      return c.json(
        {
          error: `Zone trop grande : ${n} tuiles, ${MAX_PREPARED_TILES.toLocaleString('fr-FR')} au plus. Choisissez un zoom plus petit.`,
          code: 'too-large',
        },
        400,
      );
    }
    return c.json(await found.areaSize(bbox, maxzoom), 200, { 'Cache-Control': 'no-cache' });
  });
  return routes;
}
