// The basemap's style writes French place and street names with no file to fetch: MapLibre's own
// validator accepts its text layers without a `glyphs` URL (letters are then drawn from the
// device's fonts), and no layer asks for an icon or a pattern from a sprite the app does not ship.
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { mapStyle } from '../../../src/ui/map/basemap-style';

const TILES = 'http://localhost:8080/map/tiles/{z}/{x}/{y}.mvt';
const style = mapStyle({ available: true, minZoom: 0, maxZoom: 8, bounds: [4.95, 47.28, 5.12, 47.38], center: [5, 47.3, 8] }, TILES);
const labels = style.layers.filter((l) => l.type === 'symbol');

describe('the basemap style', () => {
  it('is valid for MapLibre with its text layers and no glyphs, sprite or outside address', () => {
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https:|protomaps\.com|openstreetmap\.org/);
  });

  it('keeps the names of towns, roads and water in French, without their icons', () => {
    expect(labels.map((l) => l.id)).toEqual(expect.arrayContaining(['places_locality', 'roads_labels_major', 'water_label_lakes']));
    for (const layer of labels) {
      expect(layer.layout).toHaveProperty('text-field');
      expect(Object.keys(layer.layout ?? {}).filter((k) => k.startsWith('icon-'))).toEqual([]);
    }
    const locality = labels.find((l) => l.id === 'places_locality')!;
    expect(JSON.stringify(locality.layout?.['text-field'])).toContain('name:fr');
    // Layers that are only an icon, or text written on one, are left out.
    expect(labels.map((l) => l.id)).not.toContain('roads_oneway');
    expect(labels.map((l) => l.id)).not.toContain('roads_shields');
  });

  it('is a plain background, still valid, without a basemap', () => {
    const plain = mapStyle({ available: false, reason: 'Aucun fond de carte configuré.' }, TILES);
    expect(validateStyleMin(plain)).toEqual([]);
    expect(plain.layers.map((l) => l.type)).toEqual(['background']);
  });
});
