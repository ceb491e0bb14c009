// The map's style: the OpenStreetMap basemap from our own server drawn with @protomaps/basemaps'
// light flavour in French, or a plain background. No text and no icons: both need glyph and sprite
// files the app does not ship, and nothing may be fetched from the internet (README « Carte »).
import { layers, namedFlavor } from '@protomaps/basemaps';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { BasemapState } from '../../pwa/offline-map';

export const BASEMAP_SOURCE = 'basemap';
const PLAIN = '#eef1ec';

/** Layers that would ask for glyphs or sprites (labels, icons, patterns). */
function drawsWithoutFiles(layer: LayerSpecification): boolean {
  if (layer.type === 'symbol') return false;
  const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
  return !Object.keys(paint).some((k) => k.endsWith('-pattern'));
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
    layers: [background, ...layers(BASEMAP_SOURCE, namedFlavor('light'), { lang: 'fr' }).filter(drawsWithoutFiles)],
  };
}
