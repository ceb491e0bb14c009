// The basemap contract between the server, which reads the PMTiles file named by MAP_TILES_FILE,
// and the device: where tiles are, what the archive covers, and the size of an area before it is
// prepared for offline use. Outside /api: tiles are public OpenStreetMap data, cacheable, no token.
import { z } from 'zod';

export const MAP_ROUTES = {
  /** GET → BasemapInfo */
  info: '/map/basemap.json',
  /** GET /map/tiles/{z}/{x}/{y}.mvt → a vector tile (gzip as stored), 204 when the archive has none there */
  tiles: '/map/tiles',
  /** GET ?bbox=w,s,e,n&maxzoom=z → AreaSize */
  area: '/map/area',
} as const;

export const tileUrl = (z: number, x: number, y: number): string => `${MAP_ROUTES.tiles}/${z}/${x}/${y}.mvt`;

export const BasemapInfoSchema = z.discriminatedUnion('available', [
  z.object({
    available: z.literal(true),
    minZoom: z.number().int().min(0).max(30),
    maxZoom: z.number().int().min(0).max(30),
    /** West, south, east, north (arrays: zod's tuple code would join the app shell). */
    bounds: z
      .array(z.number())
      .length(4)
      .transform((b) => b as [number, number, number, number]),
    /** Longitude, latitude, zoom. */
    center: z
      .array(z.number())
      .length(3)
      .transform((c) => c as [number, number, number]),
  }),
  z.object({
    available: z.literal(false),
    /** Said on the map: why it is drawn on a plain background. */
    reason: z.string(),
  }),
]);
export type BasemapInfo = z.infer<typeof BasemapInfoSchema>;

export const AreaSizeSchema = z.object({
  tiles: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});
export type AreaSize = z.infer<typeof AreaSizeSchema>;
