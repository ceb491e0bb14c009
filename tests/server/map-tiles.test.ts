// The basemap routes read the PMTiles file named by MAP_TILES_FILE: what it covers, its tiles as
// stored (gzip), nothing where it has no tile, an area's size before preparing it offline, and a
// plain sentence when no file is configured or it cannot be read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
// Decoded with what MapLibre itself uses to read tiles (its dependencies).
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BasemapInfoSchema } from '../../src/domain/map/basemap';
import { tileRanges, tilesOf } from '../../src/domain/map/tiles';
import { mapRoutes } from '../../src/server/routes/map';
import { FIXTURE_BBOX, writeFixtureArchive, type FixtureArchive } from '../fixtures/pmtiles';

let dir: string;
let archive: FixtureArchive;
const logged: string[] = [];
const appWith = (file: string | undefined) => new Hono().route('/map', mapRoutes({ log: (m) => void logged.push(m) }, file));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'st-map-'));
  archive = writeFixtureArchive(join(dir, 'dijon.pmtiles'), 8);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('basemap routes', () => {
  it('describes the archive: zooms, bounds and centre from its header', async () => {
    const res = await appWith(archive.path).request('/map/basemap.json');
    expect(res.status).toBe(200);
    const info = BasemapInfoSchema.parse(await res.json());
    if (!info.available) throw new Error('fond attendu');
    expect([info.minZoom, info.maxZoom]).toEqual([0, 8]);
    expect(info.bounds[0]).toBeCloseTo(FIXTURE_BBOX[0], 5);
    expect(info.bounds[3]).toBeCloseTo(FIXTURE_BBOX[3], 5);
  });

  it('serves a tile as stored, gzip, and it decodes to the layers the style draws', async () => {
    const [z, x, y] = [...tilesOf(tileRanges(FIXTURE_BBOX, 6, 6))][0]!;
    const res = await appWith(archive.path).request(`/map/tiles/${z}/${x}/${y}.mvt`, { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('cache-control')).toContain('max-age');
    const tile = new VectorTile(new PbfReader(gunzipSync(new Uint8Array(await res.arrayBuffer()))));
    expect(Object.keys(tile.layers).sort()).toEqual(['earth', 'places', 'roads', 'water']);
    expect(tile.layers.roads!.length).toBe(2);
    // A client that takes no gzip gets the plain tile.
    const plain = await appWith(archive.path).request(`/map/tiles/${z}/${x}/${y}.mvt`);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Object.keys(new VectorTile(new PbfReader(new Uint8Array(await plain.arrayBuffer()))).layers)).toContain('earth');
  });

  it('answers 204 where the archive has no tile, 400 for a malformed address', async () => {
    const app = appWith(archive.path);
    expect((await app.request('/map/tiles/6/0/0.mvt')).status).toBe(204);
    expect((await app.request('/map/tiles/9/265/180.mvt')).status).toBe(204); // beyond its zooms
    expect((await app.request('/map/tiles/6/99999999999/1.mvt')).status).toBe(400);
  });

  it('counts an area’s tiles and bytes from the directory, and refuses an area too large', async () => {
    const app = appWith(archive.path);
    const res = await app.request(`/map/area?bbox=${FIXTURE_BBOX.join(',')}&maxzoom=8`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ tiles: archive.tiles, bytes: archive.tileBytes });
    const smaller = (await (await app.request(`/map/area?bbox=${FIXTURE_BBOX.join(',')}&maxzoom=2`)).json()) as { tiles: number };
    expect(smaller.tiles).toBe(3);
    expect((await app.request('/map/area?bbox=5,47,4,48&maxzoom=6')).status).toBe(400);
    const world = await app.request('/map/area?bbox=-180,-85,180,85&maxzoom=14');
    expect(world.status).toBe(400);
    expect(((await world.json()) as { error: string }).error).toMatch(/Zone trop grande/);
  });

  it('says why there is no basemap: none configured, or a file that is not PMTiles', async () => {
    const none = BasemapInfoSchema.parse(await (await appWith(undefined).request('/map/basemap.json')).json());
    expect(none).toEqual({ available: false, reason: expect.stringMatching(/MAP_TILES_FILE/) });
    expect((await appWith(undefined).request('/map/tiles/0/0/0.mvt')).status).toBe(404);
    const bad = join(dir, 'pas-un-pmtiles.pmtiles');
    writeFileSync(bad, 'bonjour');
    const broken = BasemapInfoSchema.parse(await (await appWith(bad).request('/map/basemap.json')).json());
    expect(broken.available).toBe(false);
    expect(logged.some((m) => m.includes('illisible'))).toBe(true);
  });
});
