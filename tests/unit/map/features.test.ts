// What the map draws: companies where they are (or approximately, by their park), coloured by
// flux or follow-up; substitutions as lines, groups as stars; the Synergies filters' territory.
import { describe, expect, it } from 'vitest';
import {
  companyFeatures,
  companyFollowups,
  fluxBalance,
  parkFeatures,
  recolouring,
  synergyFeatures,
} from '../../../src/domain/map/features';
import { bboxAround, inBbox, tileCount, tileRanges } from '../../../src/domain/map/tiles';

const morel = { id: 'morel', name: 'Cartonnages Morel', location: { lat: 47.322, lon: 5.0415 } };
const bertin = { id: 'bertin', name: 'Imprimerie Bertin', location: { lat: 47.358, lon: 5.042 } };
const atelier = { id: 'atelier', name: 'Atelier Sud', placed: { lat: 47.3, lon: 5.0 } };
const ghost = { id: 'ghost', name: 'Sans adresse' };

describe('companies on the map', () => {
  it('draws placed companies, marks the approximate ones and leaves out those with no position', () => {
    const fc = companyFeatures([morel, atelier, ghost], (id) => (id === 'morel' ? 'offer' : 'none'));
    expect(fc.features.map((f) => [f.properties.id, f.properties.approximate, f.properties.category])).toEqual([
      ['morel', false, 'offer'],
      ['atelier', true, 'none'],
    ]);
    expect(fc.features[0]!.geometry.coordinates).toEqual([5.0415, 47.322]);
  });

  it('colours by flux balance and by the most advanced follow-up', () => {
    expect(fluxBalance(['offer', 'offer'])).toBe('offer');
    expect(fluxBalance(['need'])).toBe('need');
    expect(fluxBalance(['need', 'offer'])).toBe('both');
    expect(fluxBalance([])).toBe('none');
    const best = companyFollowups([
      { status: 'rejected', companyIds: ['morel', 'bertin'] },
      { status: 'studying', companyIds: ['morel'] },
      { status: 'proposed', companyIds: ['morel', 'atelier'] },
    ]);
    expect(best.get('morel')).toBe('studying');
    expect(best.get('bertin')).toBe('rejected');
    expect(best.get('atelier')).toBe('proposed');
    expect(best.has('ghost')).toBe(false);
  });

  it('recolours the same points in place, and takes them again only when a point moved or left', () => {
    const before = companyFeatures([morel, atelier], () => 'none');
    const fluxRead = companyFeatures([morel, atelier], (id) => (id === 'atelier' ? 'need' : 'none'));
    expect([...recolouring(before, fluxRead)!]).toEqual([[1, 'need']]);
    expect(
      recolouring(
        fluxRead,
        companyFeatures([morel, atelier], (id) => (id === 'atelier' ? 'need' : 'none')),
      )!.size,
    ).toBe(0);
    const moved = { ...morel, location: { lat: 47.33, lon: 5.0415 } };
    expect(
      recolouring(
        before,
        companyFeatures([moved, atelier], () => 'none'),
      ),
    ).toBeUndefined();
    expect(
      recolouring(
        before,
        companyFeatures([morel], () => 'none'),
      ),
    ).toBeUndefined();
    expect(
      recolouring(
        before,
        companyFeatures([atelier, morel], () => 'none'),
      ),
    ).toBeUndefined();
  });
});

describe('synergies on the map', () => {
  const places = new Map([
    ['morel', morel.location],
    ['bertin', bertin.location],
    ['atelier', atelier.placed],
  ]);
  const where = (id: string) => places.get(id);

  it('draws a substitution as a line and a group as a star from its centre', () => {
    const fc = synergyFeatures(
      [
        { id: 'sub:1', kind: 'substitution', companyIds: ['morel', 'bertin'], label: 'cartons' },
        { id: 'mut:1', kind: 'mutualisation', companyIds: ['morel', 'bertin', 'atelier'], label: 'achat groupé' },
        { id: 'sub:2', kind: 'substitution', companyIds: ['morel', 'ghost'], label: 'sans position' },
      ],
      where,
    );
    expect(fc.features.map((f) => f.properties.id)).toEqual(['sub:1', 'mut:1']);
    expect(fc.features[0]!.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [5.0415, 47.322],
        [5.042, 47.358],
      ],
    });
    const star = fc.features[1]!.geometry;
    expect(star.type).toBe('MultiLineString');
    const lines = star.coordinates as [number, number][][];
    expect(lines).toHaveLength(3);
    // Every branch starts from the same centre, the members' mean.
    expect(lines.every((l) => l[0]![0] === lines[0]![0]![0])).toBe(true);
    expect(lines[0]![0]![1]).toBeCloseTo((47.322 + 47.358 + 47.3) / 3, 6);
  });
});

describe('parks and areas', () => {
  it('draws a park with a centre as a circle of its radius, never a merged one', () => {
    const fc = parkFeatures([
      { id: 'p1', name: 'Cap Nord', center: { lat: 47.35, lon: 5.03 }, radiusKm: 1 },
      { id: 'p2', name: 'Sans centre' },
      { id: 'p3', name: 'Fusionnée', center: { lat: 47.3, lon: 5 }, mergedInto: 'p1' },
    ]);
    expect(fc.features.map((f) => f.properties.id)).toEqual(['p1']);
    const north = Math.max(...fc.features[0]!.geometry.coordinates[0]!.map((p) => p[1]));
    expect((north - 47.35) * 111.32).toBeCloseTo(1, 2);
  });

  it('counts the tiles of an area zoom by zoom', () => {
    const box = bboxAround([morel.location, bertin.location], 2)!;
    expect(inBbox(box, morel.location)).toBe(true);
    expect(inBbox(box, { lat: 48, lon: 5 })).toBe(false);
    const ranges = tileRanges(box, 0, 14);
    expect(ranges).toHaveLength(15);
    // One tile down to zoom 6 or so for a box of a few km, many more at street level.
    expect(tileCount(ranges.slice(0, 1))).toBe(1);
    expect(ranges[14]!.maxX - ranges[14]!.minX + 1).toBeGreaterThan(2);
    // The whole world at zoom 2 is 16 tiles.
    expect(tileCount(tileRanges([-180, -85, 180, 85], 2, 2))).toBe(16);
  });
});
