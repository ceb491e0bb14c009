// The synergy lines as vector tiles: a line lands in the tiles it crosses, cut at their edges, in
// the tile's own coordinates; zoomed out a tile holds the best lines only, zoomed in all of them.
import { describe, expect, it } from 'vitest';
import { synergyFeatures } from '../../../src/domain/map/features';
import { LineTiles, linesAtZoom, TILE_EXTENT } from '../../../src/domain/map/line-tiles';
import { tileRanges } from '../../../src/domain/map/tiles';

const places = new Map([
  ['morel', { lat: 47.322, lon: 5.0415 }],
  ['bertin', { lat: 47.358, lon: 5.042 }],
  ['atelier', { lat: 47.3, lon: 5.0 }],
  // About 100 km east: the line to it crosses several tiles at zoom 10.
  ['loin', { lat: 47.322, lon: 6.35 }],
]);
const lines = (synergies: { id: string; kind: 'substitution' | 'mutualisation'; companyIds: string[] }[]) =>
  new LineTiles(synergyFeatures(synergies, (id) => places.get(id)));
/** The tile of zoom z holding a point. */
const tileAt = (z: number, lon: number, lat: number) => {
  const [range] = tileRanges([lon, lat, lon, lat], z, z);
  return [range!.minX, range!.minY] as const;
};

describe('synergy lines as tiles', () => {
  it('puts a line in the tile holding its ends, with its id and kind, and nowhere else', () => {
    const tiles = lines([{ id: 'sub:1', kind: 'substitution', companyIds: ['morel', 'bertin'] }]);
    const [x, y] = tileAt(10, 5.0415, 47.34);
    const [feature, ...others] = tiles.tile(10, x, y);
    expect(others).toEqual([]);
    expect(feature!.tags).toEqual({ id: 'sub:1', kind: 'substitution' });
    const [[a, b]] = feature!.geometry as [[number, number][]];
    // North is up: Bertin (north) has the smaller y; both ends inside the tile.
    for (const [px, py] of [a!, b!]) expect(px >= 0 && px <= TILE_EXTENT && py >= 0 && py <= TILE_EXTENT).toBe(true);
    expect(b![1]).toBeLessThan(a![1]);
    expect(tiles.tile(10, x + 3, y)).toEqual([]);
  });

  it('cuts a long line at the edges of each tile it crosses', () => {
    const tiles = lines([{ id: 'sub:far', kind: 'substitution', companyIds: ['morel', 'loin'] }]);
    const [x0, y] = tileAt(10, 5.0415, 47.322);
    const [x1] = tileAt(10, 6.35, 47.322);
    expect(x1 - x0).toBeGreaterThan(1);
    for (let x = x0; x <= x1; x++) {
      const [feature] = tiles.tile(10, x, y);
      const xs = feature!.geometry.flat().map(([px]) => px);
      // Inside the tile and its thin margin only: never the far end's coordinates.
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(-64);
      expect(Math.max(...xs)).toBeLessThanOrEqual(TILE_EXTENT + 64);
    }
    expect(tiles.tile(10, x1 + 1, y)).toEqual([]);
  });

  it('draws a group as its star: one segment from the centre to each member', () => {
    const tiles = lines([{ id: 'mut:1', kind: 'mutualisation', companyIds: ['morel', 'bertin', 'atelier'] }]);
    const [x, y] = tileAt(8, 5.02, 47.33);
    const [feature] = tiles.tile(8, x, y);
    expect(feature!.tags.kind).toBe('mutualisation');
    expect(feature!.geometry).toHaveLength(3);
  });

  it('holds the best lines only when zoomed out, all of them from zoom 12', () => {
    const many = Array.from({ length: linesAtZoom(8) + 500 }, (_, i) => ({
      id: `sub:${i}`,
      kind: 'substitution' as const,
      companyIds: ['morel', 'bertin'],
    }));
    const tiles = lines(many);
    const [x8, y8] = tileAt(8, 5.0415, 47.34);
    const zoomedOut = tiles.tile(8, x8, y8);
    expect(zoomedOut).toHaveLength(linesAtZoom(8));
    // The first lines given are the best (the map asks for them best first).
    expect(zoomedOut.at(-1)!.tags.id).toBe(`sub:${linesAtZoom(8) - 1}`);
    expect(tiles.tile(9, ...tileAt(9, 5.0415, 47.34))).toHaveLength(many.length);
    expect(linesAtZoom(12)).toBe(Infinity);
    expect(linesAtZoom(7)).toBe(linesAtZoom(8));
  });
});
