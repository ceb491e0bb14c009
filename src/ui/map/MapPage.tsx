// « Carte »: companies, parks and synergies on a map that works offline, with the Synergies list's
// filters; everything drawn is also in the lists below it (narrowed to the visible area on demand).
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ColourMode } from '../../domain/map/features';
import type { Bbox } from '../../domain/map/tiles';
import { EmptyState } from '../components/empty-state';
import { navigate, synergyHref, useHashState } from '../router';
import { FiltersForm } from '../synergies/FiltersForm';
import { SynergyCard } from '../synergies/SynergyCard';
import { NO_FILTERS, type SynergyFilters } from '../synergies/synergy-filters';
import { MapCanvas, prepareMap } from './MapCanvas';
import { MapLegend } from './MapLegend';
import { OfflineAreaPanel } from './OfflineAreaPanel';
import type { BasemapState } from '../../pwa/offline-map';
import { inView, linesOverlay, selectForMap } from './map-overlays';
import { useFluxBalance, useMapBase, useMapSynergies, useSynergyRecords, type MapBase } from './use-map-data';
import { useOutlines } from './use-outlines';
import '../synergies/synergies.css';
import './map.css';

/** Beyond this, a list says how many more there are and asks to zoom in or filter. */
const LISTED = 100;
const fr = (n: number) => n.toLocaleString('fr-FR');
const NO_LINES = { type: 'FeatureCollection' as const, features: [] };

export function MapPage() {
  const [filters, setFilters] = useState<SynergyFilters>(NO_FILTERS);
  const [colour, setColour] = useState<ColourMode>('flux');
  const [onlyVisible, setOnlyVisible] = useState(false);
  const [view, setView] = useState<Bbox>();
  const [basemap, setBasemap] = useState<BasemapState>();
  // MapLibre and the basemap's description are fetched while the base is read.
  useEffect(prepareMap, []);
  const [drawn, setDrawn] = useState(false);
  const read = useMapBase();
  const balance = useFluxBalance();
  // The map opens with the companies; their colours follow when the flux are read.
  const baseData = useMemo(
    (): MapBase | undefined => read.data && { ...read.data, balance: balance.data ?? new Map() },
    [read.data, balance.data],
  );
  const base = { data: baseData, loading: read.loading, error: read.error };
  // « Carte » from a company's page (#/carte?entreprise=<id>) or a follow-up's (?synergie=<id>).
  const query = useHashState((hash) => hash.split('?')[1] ?? '');
  const focus = useMemo(() => {
    const params = new URLSearchParams(query);
    return { companyId: params.get('entreprise') ?? '', synergyId: params.get('synergie') ?? '' };
  }, [query]);
  const synergies = useMapSynergies(filters, focus);
  const outlines = useOutlines(filters.territoryId);
  const selection = useMemo(
    () =>
      base.data &&
      selectForMap(base.data, synergies.data?.items ?? [], {
        territoryId: filters.territoryId,
        colour,
        outlines: outlines.data,
        focus,
        lines: false,
      }),
    [base.data, synergies.data, filters.territoryId, colour, outlines.data, focus],
  );
  const byId = useMemo(() => new Map(base.data?.companies.map((c) => [c.id, c])), [base.data]);
  const listed = useMemo(() => selection && inView(selection, onlyVisible ? view : undefined, byId), [selection, onlyVisible, view, byId]);
  // Companies first, lines once they are drawn: the map is usable meanwhile, and building the lines
  // (built once per result, linesOverlay) no longer delays its first image.
  const overlays = useMemo(
    () =>
      selection && {
        ...selection.overlays,
        synergies: drawn && synergies.data ? linesOverlay(synergies.data.items, base.data!.companies) : NO_LINES,
      },
    [selection, drawn],
  );
  // The map draws lean lines; the few cards listed below it read their full records.
  const cards = useSynergyRecords(useMemo(() => listed?.synergies.slice(0, LISTED).map((s) => s.id) ?? [], [listed]));

  if (base.loading) return <p class="loading">Chargement de la carte…</p>;
  if (!selection || !listed) return <p class="form-error">{base.error?.message ?? 'Carte indisponible.'}</p>;
  if (base.data?.companies.length === 0)
    return (
      <div class="page">
        <h1>Carte</h1>
        <EmptyState title="Aucune entreprise à placer">
          <a class="btn" href="#/entreprises/nouvelle">
            Ajouter une entreprise
          </a>
        </EmptyState>
      </div>
    );

  return (
    <div class="page map-page">
      <header class="page-header">
        <h1>Carte</h1>
      </header>
      {(focus.companyId || focus.synergyId) && (
        <p class="map-focus" role="status">
          {focus.companyId
            ? `Centrée sur ${byId.get(focus.companyId)?.name ?? 'l’entreprise'} et ses partenaires.`
            : synergies.data?.items.length === 0
              ? 'Cette synergie n’est plus proposée par le calcul : ses entreprises ne sont pas sur la carte.'
              : 'Centrée sur les entreprises de la synergie suivie.'}{' '}
          <a href="#/carte">Voir toute la carte</a>
        </p>
      )}
      <div class="map-layout">
        <div class="map-side">
          <FiltersForm value={filters} counts={undefined} onChange={setFilters} hideSort />
          <MapLegend colour={colour} onColour={setColour} />
        </div>
        <MapCanvas
          overlays={overlays!}
          bounds={selection.bounds}
          label="Carte des entreprises et des synergies"
          onMove={setView}
          onBasemap={setBasemap}
          onDrawn={() => setDrawn(true)}
          onTap={(tapped) => {
            if (tapped?.kind === 'company') navigate(`/entreprises/${tapped.id}`);
            else if (tapped?.kind === 'synergy') location.hash = synergyHref(tapped.id);
          }}
        />
      </div>
      {basemap?.available && <OfflineAreaPanel companies={selection.companies} minZoom={basemap.minZoom} maxZoom={basemap.maxZoom} />}
      <label class="checkbox map-only-visible">
        <input type="checkbox" checked={onlyVisible} onChange={(e) => setOnlyVisible(e.currentTarget.checked)} />
        Listes limitées à la zone visible de la carte
      </label>
      <section aria-labelledby="map-companies">
        <h2 id="map-companies">Entreprises ({fr(listed.companies.length)})</h2>
        {selection.unplaced > 0 && (
          <p class="muted">
            {fr(selection.unplaced)} entreprise{selection.unplaced > 1 ? 's' : ''} sans position (ni coordonnées, ni zone placée) : listée
            {selection.unplaced > 1 ? 's' : ''} ici, absente{selection.unplaced > 1 ? 's' : ''} de la carte.
          </p>
        )}
        <ul class="map-company-list">
          {listed.companies.slice(0, LISTED).map((c) => (
            <li key={c.id}>
              <a href={`#/entreprises/${c.id}`}>{c.name}</a>
              {!c.location && <span class="muted">{c.placed ? ' — position approchée' : ' — sans position'}</span>}
            </li>
          ))}
        </ul>
        {listed.companies.length > LISTED && (
          <p class="muted">
            Et {fr(listed.companies.length - LISTED)} autres : zoomez sur la carte (liste limitée à la zone visible) ou filtrez par
            territoire.
          </p>
        )}
      </section>
      <section aria-labelledby="map-synergies">
        <h2 id="map-synergies">Synergies ({fr(listed.synergies.length)})</h2>
        {synergies.loading && <p class="loading">Chargement des synergies…</p>}
        {synergies.data && synergies.data.total > synergies.data.items.length && (
          <p class="muted" role="status">
            Les {fr(synergies.data.items.length)} meilleures synergies sont dessinées et listées, sur {fr(synergies.data.total)} : filtrez
            (nature, famille, territoire, score) pour voir les autres.
          </p>
        )}
        <ul class="syn-list">
          {cards.data?.map((s) => (
            <SynergyCard key={s.id} synergy={s} />
          ))}
        </ul>
        {listed.synergies.length > LISTED && (
          <p class="muted">Et {fr(listed.synergies.length - LISTED)} autres : la page Synergies les liste toutes avec les mêmes filtres.</p>
        )}
      </section>
    </div>
  );
}
