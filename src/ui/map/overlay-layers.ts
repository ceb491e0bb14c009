// What the map draws over its background: territory outlines, parks, synergies and companies
// (clustered when zoomed out, each group showing how many), coloured by the legend of MapLegend.
// Companies' names are in the lists beside the map and on tap.
import type { GeoJSONSource, Map as MapLibre } from 'maplibre-gl';
import type { FeatureCollection } from '../../domain/map/features';

export interface Overlays {
  outlines: FeatureCollection<unknown>;
  parks: FeatureCollection<unknown>;
  synergies: FeatureCollection<unknown>;
  companies: FeatureCollection<unknown>;
}

/**
 * Fonts of the labels: a name, not a file. With no `glyphs` URL in the style MapLibre draws each
 * letter from the device's own sans-serif (TinySDF), so nothing is fetched for text.
 */
export const LABEL_FONT = ['Noto Sans Medium'];

/** The line tiles' layer name (line-protocol.ts). Here, not there: the legend imports this file without MapLibre. */
export const LINES_LAYER = 'synergies';

/** Layers a tap opens something on. */
export const OVERLAY_LAYERS = ['company-points', 'company-clusters', 'synergy-lines'] as const;

export const CATEGORY_COLOURS: Record<string, string> = {
  offer: '#1f6f50',
  need: '#7b3fa0',
  both: '#a86b00',
  none: '#737a84',
  implemented: '#1a7f37',
  studying: '#1f5fa8',
  connected: '#4a7fd4',
  retained: '#6f95d6',
  proposed: '#9aa3b2',
  'on-hold': '#a67c00',
  rejected: '#a33a3a',
};
/** A group of companies: its circle, with how many written in white. */
export const GROUP_COLOUR = '#1f6f50';
export const KIND_COLOURS = { substitution: '#d9822b', mutualisation: '#2f6fb5' } as const;

/** A point's colour: its state once recoloured (maplibre-map.ts), else the category it came with. */
const categoryColour = [
  'match',
  ['coalesce', ['feature-state', 'category'], ['get', 'category']],
  ...Object.entries(CATEGORY_COLOURS).flat(),
  '#737a84',
];

/**
 * `linesUrl`: the synergies come as vector tiles cut on demand (line-protocol.ts), the rest as
 * GeoJSON (a few parks and outlines; the companies, which MapLibre groups itself).
 */
export function addOverlays(map: MapLibre, data: Overlays, linesUrl: string): void {
  map.addSource('outlines', { type: 'geojson', data: data.outlines as never });
  map.addSource('parks', { type: 'geojson', data: data.parks as never });
  // Zoom 14 tiles hold every line; closer, MapLibre enlarges them.
  map.addSource('synergies', { type: 'vector', tiles: [linesUrl], maxzoom: 14 });
  map.addSource('companies', {
    type: 'geojson',
    data: data.companies as never,
    cluster: true,
    clusterRadius: 40,
    clusterMaxZoom: 13,
  });
  map.addLayer({
    id: 'outline-lines',
    type: 'line',
    source: 'outlines',
    paint: { 'line-color': '#4b5563', 'line-width': 2, 'line-dasharray': [3, 2] },
  });
  map.addLayer({ id: 'park-areas', type: 'fill', source: 'parks', paint: { 'fill-color': '#1f6f50', 'fill-opacity': 0.12 } });
  map.addLayer({ id: 'park-edges', type: 'line', source: 'parks', paint: { 'line-color': '#1f6f50', 'line-width': 1.5 } });
  map.addLayer({
    id: 'synergy-lines',
    type: 'line',
    source: 'synergies',
    'source-layer': LINES_LAYER,
    layout: { 'line-cap': 'round' },
    paint: {
      'line-color': ['match', ['get', 'kind'], 'substitution', KIND_COLOURS.substitution, KIND_COLOURS.mutualisation],
      'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.5, 14, 4],
      'line-opacity': 0.85,
    },
  });
  map.addLayer({
    id: 'company-clusters',
    type: 'circle',
    source: 'companies',
    filter: ['has', 'point_count'],
    paint: {
      'circle-color': GROUP_COLOUR,
      'circle-opacity': 0.9,
      'circle-radius': ['step', ['get', 'point_count'], 12, 10, 16, 100, 22, 1000, 28],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  });
  map.addLayer({
    id: 'company-cluster-counts',
    type: 'symbol',
    source: 'companies',
    filter: ['has', 'point_count'],
    layout: {
      'text-field': ['number-format', ['get', 'point_count'], { locale: 'fr-FR' }],
      'text-font': LABEL_FONT,
      'text-size': 12,
      // Every group says its number, over the basemap's names if need be.
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': '#ffffff' },
  });
  map.addLayer({
    id: 'company-points',
    type: 'circle',
    source: 'companies',
    filter: ['!', ['has', 'point_count']],
    paint: {
      'circle-color': categoryColour as never,
      'circle-radius': 7,
      // An approximate position (park or territory) is a hollow ring.
      'circle-stroke-color': ['case', ['get', 'approximate'], categoryColour as never, '#ffffff'],
      'circle-stroke-width': 2,
      'circle-opacity': ['case', ['get', 'approximate'], 0.25, 1],
    },
  });
}

/** The GeoJSON overlays given (the synergies go through their tiles: MapLibre map handle). */
export function setOverlayData(map: MapLibre, data: Partial<Omit<Overlays, 'synergies'>>): void {
  for (const [name, collection] of Object.entries(data)) map.getSource<GeoJSONSource>(name)?.setData(collection as never);
}
