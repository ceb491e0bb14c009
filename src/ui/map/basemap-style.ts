// The map's style: the OpenStreetMap basemap from our own server drawn with @protomaps/basemaps'
// light flavour in French, or a plain background. Names are drawn by MapLibre from the device's own
// fonts (no `glyphs` URL: nothing is fetched for text); icons need a sprite the app does not ship.
import { layers, namedFlavor } from '@protomaps/basemaps';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { BasemapState } from '../../pwa/offline-map';

export const BASEMAP_SOURCE = 'basemap';
const PLAIN = '#eef1ec';

/**
 * Text layers left out though they have text: road numbers are written on a shield icon, and points
 * of interest would crowd the companies, which are this map's points.
 */
const LEFT_OUT = new Set(['roads_shields', 'pois']);

/**
 * The layer as drawn without sprite or pattern files: labels keep their text and lose their icon
 * (a town's dot), a layer that is only an icon (one-way arrows) or a pattern is left out.
 */
function withoutFiles(layer: LayerSpecification): LayerSpecification | undefined {
  const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
  if (LEFT_OUT.has(layer.id) || Object.keys(paint).some((k) => k.endsWith('-pattern'))) return undefined;
  if (layer.type !== 'symbol') return layer;
  const layout = Object.fromEntries(Object.entries(layer.layout ?? {}).filter(([k]) => !k.startsWith('icon-')));
  return 'text-field' in layout ? { ...layer, layout } : undefined;
}

/** `tiles`: the absolute {z}/{x}/{y} address of the server's tiles (MapLibre resolves no relative one). */
export function mapStyle(basemap: BasemapState, tiles: string): StyleSpecification {
  const background: LayerSpecification = { id: 'plain', type: 'background', paint: { 'background-color': PLAIN } };
  if (!basemap.available) return { version: 8, sources: {}, layers: [background] };
  return {
    version: 8,
    sources: {
      [BASEMAP_SOURCE]: {
        type: 'vector',
        tiles: [tiles],
        minzoom: basemap.minZoom,
        maxzoom: basemap.maxZoom,
        bounds: basemap.bounds,
        attribution: '© contributeurs OpenStreetMap',
      },
    },
    layers: [
      background,
      ...layers(BASEMAP_SOURCE, namedFlavor('light'), { lang: 'fr' })
        .map(withoutFiles)
        .filter((l) => l !== undefined),
    ],
  };
}
