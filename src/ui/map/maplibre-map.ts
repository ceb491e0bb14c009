// The MapLibre map behind MapCanvas, loaded only when a map is shown (a chunk of its own, ~300 KB
// gzip with its worker): the style, the overlay sources and layers, taps, and what is drawn.
import {
  Map as MapLibre,
  Marker,
  NavigationControl,
  prewarm,
  setWorkerUrl,
  type MapGeoJSONFeature,
  type VectorTileSource,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
// The worker as a file of the build (precached like the rest), not a blob: the CSP allows 'self' only.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import {
  linesIn,
  recolouring,
  type CompanyPoint,
  type FeatureCollection,
  type LineFeature,
  type PointFeature,
  type SynergyLine,
} from '../../domain/map/features';
import type { Bbox } from '../../domain/map/tiles';
import type { BasemapState } from '../../pwa/offline-map';
import { BASEMAP_SOURCE, mapStyle } from './basemap-style';
import { linesAtZoom } from '../../domain/map/line-tiles';
import { lineTileSource } from './line-protocol';
import { addOverlays, OVERLAY_LAYERS, setOverlayData, type Overlays } from './overlay-layers';
import type { GeoJSONSource } from 'maplibre-gl';

setWorkerUrl(workerUrl);
// MapLibre's worker started as soon as this chunk arrives (while the page still reads its data) and
// kept between maps: starting it took a quarter to half a second of each opening.
prewarm();

type Points = FeatureCollection<PointFeature<CompanyPoint>>;

export type Tapped = { kind: 'company' | 'synergy'; id: string };

/** What is on screen once the map is idle: said to screen readers and read by the browser test. */
export interface Drawn {
  clusters: number;
  companies: number;
  /** Lines drawn in view: the best linesAtZoom() when zoomed out. */
  synergies: number;
  /** Lines touching the view, drawn or not. */
  synergiesInView: number;
}

export interface MapOptions {
  basemap: BasemapState;
  tiles: string;
  overlays: Overlays;
  bounds?: Bbox;
  /** `tapped` is absent for a tap on the ground (where the company form places a company). */
  onTap: (tapped: Tapped | undefined, lngLat: { lat: number; lon: number }) => void;
  onMove: (bbox: Bbox) => void;
  onDrawn: (drawn: Drawn) => void;
  onBasemap: (state: 'drawn' | 'missing') => void;
  /**
   * Companies' names written beside their points, as HTML on a white band (readable from the back of
   * a room): for a few dozen companies, such as a workshop's room, never for a region.
   */
  names?: boolean;
}

export interface MapHandle {
  setOverlays: (overlays: Overlays) => void;
  fitTo: (bbox: Bbox) => void;
  destroy: () => void;
}

/** Synergy lines drawn while the map moves, at most (see 'movestart'). */
const LINES_HIDDEN_WHILE_MOVING = 5_000;

const FRENCH_UI = {
  'Map.Title': 'Carte',
  'NavigationControl.ZoomIn': 'Zoomer',
  'NavigationControl.ZoomOut': 'Dézoomer',
  'NavigationControl.ResetBearing': 'Nord en haut',
  'AttributionControl.ToggleAttribution': 'Attributions',
};

const bboxOf = (map: MapLibre): Bbox => {
  const b = map.getBounds();
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
};

function firstTapped(features: MapGeoJSONFeature[]): Tapped | undefined {
  const f = features[0];
  if (!f) return undefined;
  const id = String(f.properties.id ?? '');
  return f.layer.id === 'synergy-lines' ? { kind: 'synergy', id } : { kind: 'company', id };
}

export function createMap(container: HTMLElement, options: MapOptions): MapHandle {
  const style = mapStyle(options.basemap, options.tiles);
  // The basemap's text layers, for what 'idle' reports (read once: getStyle() would copy the data).
  const basemapLabels = style.layers.filter((l) => l.type === 'symbol').map((l) => l.id);
  const map = new MapLibre({
    container,
    style,
    bounds: options.bounds,
    fitBoundsOptions: { padding: 40, maxZoom: 13 },
    center: options.bounds ? undefined : [2.5, 46.6],
    zoom: options.bounds ? undefined : 5,
    locale: FRENCH_UI,
    attributionControl: { compact: true },
    // Keyboard pan and zoom (arrows, + and -) once the map has the focus: MapLibre's own handler.
    keyboard: true,
    maxZoom: 18,
    // Names and group counts appear at once: a fade is several more images of the whole map, each
    // seconds long with 20,000 lines on a software renderer.
    fadeDuration: 0,
  });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  let overlays = options.overlays;
  const lines = lineTileSource(overlays.synergies);
  let markers: Marker[] = [];
  const writeNames = () => {
    if (!options.names) return;
    for (const m of markers) m.remove();
    markers = (overlays.companies as FeatureCollection<PointFeature<CompanyPoint>>).features.map((f) => {
      const label = document.createElement('span');
      label.className = 'map-name';
      label.textContent = f.properties.name;
      return new Marker({ element: label, anchor: 'left', offset: [10, 0] }).setLngLat(f.geometry.coordinates).addTo(map);
    });
  };
  map.on('load', () => {
    addOverlays(map, overlays, lines.url());
    writeNames();
    options.onMove(bboxOf(map));
  });
  map.on('moveend', () => options.onMove(bboxOf(map)));
  // Thousands of lines redrawn at every frame make a drag stutter on a tablet: past this many held
  // (even if fewer are drawn at this zoom: 2,000 still cost a tablet-like drag half its smoothness),
  // they are hidden while the map moves and come back when it stops.
  const lineCount = () => (overlays.synergies as FeatureCollection<unknown>).features.length;
  map.on('movestart', () => {
    if (lineCount() > LINES_HIDDEN_WHILE_MOVING && map.getLayer('synergy-lines'))
      map.setLayoutProperty('synergy-lines', 'visibility', 'none');
  });
  map.on('moveend', () => {
    if (map.getLayer('synergy-lines')) map.setLayoutProperty('synergy-lines', 'visibility', 'visible');
  });
  map.on('idle', () => {
    if (!map.getLayer('company-points')) return;
    // The numbers written on the groups and the basemap's names placed on screen (the browser test
    // reads them: text drawn from the device's fonts, no glyph file).
    container.dataset.counts = map
      .queryRenderedFeatures({ layers: ['company-cluster-counts'] })
      .map((f) => f.properties.point_count)
      .join(',');
    const names = (basemapLabels.length ? map.queryRenderedFeatures({ layers: basemapLabels }) : []).map(
      (f) => f.properties['name:fr'] ?? f.properties.name,
    );
    container.dataset.names = [...new Set(names)].join('|');
    const drawnLines = overlays.synergies as FeatureCollection<LineFeature<SynergyLine>>;
    options.onDrawn({
      clusters: map.queryRenderedFeatures({ layers: ['company-clusters'] }).length,
      companies: map.queryRenderedFeatures({ layers: ['company-points'] }).length,
      synergies: linesIn(drawnLines, bboxOf(map), linesAtZoom(map.getZoom())),
      synergiesInView: linesIn(drawnLines, bboxOf(map)),
    });
  });
  if (options.basemap.available) {
    let told: 'drawn' | 'missing' | undefined;
    const tell = (state: 'drawn' | 'missing') => {
      if (told === state) return;
      told = state;
      options.onBasemap(state);
    };
    map.on('sourcedata', (e) => {
      if (e.sourceId === BASEMAP_SOURCE && e.tile && map.isSourceLoaded(BASEMAP_SOURCE)) tell('drawn');
    });
    map.on('error', (e) => {
      if ((e as { sourceId?: string }).sourceId === BASEMAP_SOURCE) tell('missing');
    });
  }
  map.on('click', async (e) => {
    const tapped = firstTapped(map.queryRenderedFeatures(e.point, { layers: ['company-points', 'synergy-lines'] }));
    const cluster = map.queryRenderedFeatures(e.point, { layers: ['company-clusters'] })[0];
    const lngLat = { lat: e.lngLat.lat, lon: e.lngLat.lng };
    if (tapped) return options.onTap(tapped, lngLat);
    if (cluster) {
      const source = map.getSource<GeoJSONSource>('companies');
      const zoom = await source?.getClusterExpansionZoom(Number(cluster.properties.cluster_id));
      if (zoom !== undefined) map.easeTo({ center: e.lngLat, zoom });
      return;
    }
    options.onTap(undefined, lngLat);
  });
  for (const layer of OVERLAY_LAYERS) {
    map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
  }
  return {
    setOverlays: (next) => {
      const previous = overlays;
      overlays = next;
      const newLines = next.synergies !== previous.synergies;
      if (newLines) lines.set(next.synergies);
      // Before 'load' the sources do not exist yet: 'load' adds them with the latest data.
      if (!map.getSource('companies')) return;
      // Only what changed: a colour changed redraws the companies, not the lines' tiles.
      if (newLines) map.getSource<VectorTileSource>('synergies')?.setTiles([lines.url()]);
      const { synergies: _, ...geojson } = next;
      const changed = Object.fromEntries(Object.entries(geojson).filter(([name, data]) => previous[name as keyof Overlays] !== data));
      const colours = changed.companies && recolouring(previous.companies as Points, next.companies as Points);
      if (colours) {
        delete changed.companies;
        for (const [id, category] of colours) map.setFeatureState({ source: 'companies', id }, { category });
      } else if (changed.companies) map.removeFeatureState({ source: 'companies' });
      setOverlayData(map, changed);
      writeNames();
    },
    fitTo: (bbox) => map.fitBounds(bbox, { padding: 40, maxZoom: 13, animate: false }),
    destroy: () => {
      map.remove();
      lines.dispose();
    },
  };
}
