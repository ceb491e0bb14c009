// The map itself, as a Preact component: loads MapLibre on first use (its own chunk), asks the
// server which basemap it has, and keeps the overlays in step with the page. Everything it shows
// is also in the page's lists; if WebGL is missing the lists remain and a sentence says why.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Bbox } from '../../domain/map/tiles';
import { basemapInfo, TILES_TEMPLATE, type BasemapState } from '../../pwa/offline-map';
import type { Drawn, MapHandle, Tapped } from './maplibre-map';
import type { Overlays } from './overlay-layers';

export interface MapCanvasProps {
  overlays: Overlays;
  /** Where to look first (the companies' box); France otherwise. */
  bounds?: Bbox;
  label: string;
  /** Where what the map shows is also listed, said when it cannot be drawn. */
  listHint?: string;
  onTap: (tapped: Tapped | undefined, at: { lat: number; lon: number }) => void;
  onMove?: (bbox: Bbox) => void;
  /** What the server said of its basemap (or why there is none). */
  onBasemap?: (basemap: BasemapState) => void;
  /** After each complete image (and once when no map can be drawn): what waits for the map starts then. */
  onDrawn?: () => void;
  /** Names beside the points (a workshop's few dozen companies). */
  names?: boolean;
  class?: string;
}

const fr = (n: number) => n.toLocaleString('fr-FR');

let library: Promise<typeof import('./maplibre-map')> | undefined;
/**
 * MapLibre's chunk (the longest single wait of a map's first opening): a page showing a map asks
 * for it on arrival, while it reads its data, rather than once the data is read.
 */
export function loadMapLibrary(): Promise<typeof import('./maplibre-map')> {
  library ??= import('./maplibre-map').catch((e: unknown) => {
    library = undefined;
    throw e;
  });
  return library;
}

/** The server's basemap asked by prepareMap(), for the map about to be drawn (not an older one). */
let early: { at: number; info: Promise<BasemapState> } | undefined;
const EARLY_KEPT_MS = 10_000;

/**
 * What a page showing a map asks on arrival, while it reads its data: MapLibre's chunk and what
 * basemap the server has (through the service worker, which may first have to start: a few hundred
 * milliseconds of a busy tablet), both needed before the map can be created.
 */
export function prepareMap(): void {
  void loadMapLibrary().catch(() => undefined);
  early = { at: Date.now(), info: basemapInfo() };
}

function takeEarlyBasemap(signal: AbortSignal): Promise<BasemapState> {
  const kept = early && Date.now() - early.at < EARLY_KEPT_MS ? early.info : undefined;
  early = undefined;
  return kept ?? basemapInfo(signal);
}

/** What the screen readers hear once an image is complete (exported for its test). */
export function drawnSentence(d: Drawn): string {
  const parts = [];
  if (d.clusters > 0) parts.push(`${fr(d.clusters)} groupe${d.clusters > 1 ? 's' : ''} d’entreprises`);
  parts.push(`${fr(d.companies)} entreprise${d.companies > 1 ? 's' : ''}`);
  parts.push(`${fr(d.synergies)} synergie${d.synergies > 1 ? 's' : ''}`);
  const hidden = d.synergiesInView - d.synergies;
  // Zoomed out, only the best lines are drawn (domain/map/line-tiles.ts): said, not hidden.
  const more = hidden > 0 ? ` (les meilleures ; ${fr(hidden)} autres apparaissent en zoomant)` : '';
  return `Visibles sur la carte : ${parts.join(', ')}${more}.`;
}

function basemapSentence(basemap: BasemapState | undefined, drawn: 'drawn' | 'missing' | undefined): string {
  if (!basemap) return 'Chargement du fond de carte…';
  if (!basemap.available) return basemap.reason;
  if (drawn === 'missing')
    return 'Fond de carte indisponible ici (hors ligne, zone non préparée) : entreprises et synergies restent affichées.';
  return 'Fond de carte : OpenStreetMap, servi par le serveur du programme.';
}

export function MapCanvas(props: MapCanvasProps) {
  const box = useRef<HTMLDivElement>(null);
  const handle = useRef<MapHandle>();
  const latest = useRef(props);
  latest.current = props;
  const [basemap, setBasemap] = useState<BasemapState>();
  const [basemapDrawn, setBasemapDrawn] = useState<'drawn' | 'missing'>();
  const [drawn, setDrawn] = useState<Drawn>();
  const [error, setError] = useState<string>();
  const [view, setView] = useState<Bbox>();

  useEffect(() => {
    const controller = new AbortController();
    let map: MapHandle | undefined;
    (async () => {
      const [info, lib] = await Promise.all([takeEarlyBasemap(controller.signal), loadMapLibrary()]);
      if (controller.signal.aborted || !box.current) return;
      performance.mark?.('map:library');
      setBasemap(info);
      latest.current.onBasemap?.(info);
      map = lib.createMap(box.current, {
        basemap: info,
        tiles: `${location.origin}${TILES_TEMPLATE}`,
        overlays: latest.current.overlays,
        bounds: latest.current.bounds,
        onTap: (t, at) => latest.current.onTap(t, at),
        onMove: (b) => {
          setView(b);
          latest.current.onMove?.(b);
        },
        onDrawn: (d) => {
          performance.mark?.('map:drawn');
          setDrawn(d);
          latest.current.onDrawn?.();
        },
        onBasemap: setBasemapDrawn,
        names: latest.current.names,
      });
      handle.current = map;
    })().catch((e: unknown) => {
      if (controller.signal.aborted) return;
      const webgl = /webgl/i.test(String(e));
      latest.current.onDrawn?.();
      const hint = latest.current.listHint ?? 'les listes ci-dessous donnent tout ce qu’elle montrerait';
      setError(
        webgl
          ? `La carte ne peut pas s’afficher sur cet appareil (WebGL indisponible) : ${hint}.`
          : `La carte n’a pas pu se charger : ${hint}.`,
      );
    });
    return () => {
      controller.abort();
      map?.destroy();
      handle.current = undefined;
    };
  }, []);

  useEffect(() => handle.current?.setOverlays(props.overlays), [props.overlays]);
  const boundsKey = props.bounds?.join(',');
  const fitted = useRef(boundsKey);
  useEffect(() => {
    // The first box is the map's starting view; a later one (another territory chosen) moves it.
    if (!props.bounds || boundsKey === fitted.current) return;
    fitted.current = boundsKey;
    handle.current?.fitTo(props.bounds);
  }, [boundsKey]);

  return (
    <div class={`map-frame ${props.class ?? ''}`}>
      {error ? (
        <p class="map-error" role="alert">
          {error}
        </p>
      ) : (
        <div
          ref={box}
          class="map-canvas"
          role="region"
          aria-label={`${props.label} — flèches pour se déplacer, + et − pour zoomer`}
          data-basemap={basemap?.available ? (basemapDrawn ?? 'loading') : 'none'}
          data-clusters={drawn?.clusters}
          data-companies={drawn?.companies}
          data-synergies={drawn?.synergies}
          data-synergies-in-view={drawn?.synergiesInView}
          data-view={view?.map((n) => n.toFixed(6)).join(',')}
        />
      )}
      <p class="map-basemap muted" data-testid="basemap-status">
        {basemapSentence(basemap, basemapDrawn)}
      </p>
      <p class="sr-only" aria-live="polite">
        {drawn ? drawnSentence(drawn) : ''}
      </p>
    </div>
  );
}
