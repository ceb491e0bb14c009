// Outlines as admins load them: any polygon GeoJSON becomes one MultiPolygon in WGS 84 degrees,
// rounded to about a metre; too many points, open rings or projected coordinates are refused.
import { describe, expect, it } from 'vitest';
import { MAX_OUTLINE_POINTS, outlineFromGeoJson } from '../../../src/domain/map/outline';

const ring = (n: number) => {
  const points = Array.from({ length: n }, (_, i) => [
    5 + 0.1 * Math.cos((2 * Math.PI * i) / n),
    47.3 + 0.1 * Math.sin((2 * Math.PI * i) / n),
  ]);
  return [...points, points[0]!];
};

describe('territory outlines', () => {
  it('reads a Feature of a Polygon, rounding its coordinates', () => {
    const read = outlineFromGeoJson({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring(8)] } });
    if (!read.ok) throw new Error(read.error);
    expect(read.outline.type).toBe('MultiPolygon');
    expect(read.points).toBe(9);
    expect(read.outline.coordinates[0]![0]![1]).toEqual([5.07071, 47.37071]);
  });

  it('refuses too many points, a point, and degrees out of range', () => {
    const big = outlineFromGeoJson({ type: 'Polygon', coordinates: [ring(MAX_OUTLINE_POINTS + 1)] });
    expect(big).toEqual({ ok: false, error: expect.stringMatching(/trop détaillé/) });
    expect(outlineFromGeoJson({ type: 'Point', coordinates: [5, 47] }).ok).toBe(false);
    expect(outlineFromGeoJson({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null }] }).ok).toBe(false);
    expect(
      outlineFromGeoJson({
        type: 'Polygon',
        coordinates: [
          [
            [5, 95],
            [6, 95],
            [6, 96],
            [5, 95],
          ],
        ],
      }),
    ).toEqual({
      ok: false,
      error: expect.stringMatching(/WGS 84/),
    });
  });
});
