// A small map inside another page (a company's, a follow-up's): only the companies of the lines
// given, read by id (never the whole table), coloured by what they offer and need. Without WebGL
// or basemap it says so like the « Carte » page; `listHint` says where the same things are listed.
import { useEffect, useMemo } from 'preact/hooks';
import { companiesOfLines } from '../../domain/map/focus';
import type { MapLine } from '../../domain/map/map-lines';
import { db } from '../../db/database';
import { companiesByIds } from '../../db/companies';
import { useLiveQuery } from '../hooks/use-live-query';
import { navigate, synergyHref } from '../router';
import { MapCanvas, prepareMap } from './MapCanvas';
import { selectForMap } from './map-overlays';
import { balanceOf } from '../../domain/map/features';
import { mapCompanies, type MapBase } from './use-map-data';
import './map.css';

export interface FocusMapProps {
  lines: readonly MapLine[];
  /** The page's own company, drawn even when it has no synergy. */
  companyId?: string;
  label: string;
  listHint: string;
}

const fr = (n: number) => n.toLocaleString('fr-FR');

export function FocusMap({ lines, companyId, label, listHint }: FocusMapProps) {
  useEffect(prepareMap, []);
  const ids = useMemo(() => companiesOfLines(lines, companyId), [lines, companyId]);
  const base = useLiveQuery(async (): Promise<MapBase> => {
    const [companies, parks, flux] = await Promise.all([
      companiesByIds(ids),
      db().parks.toArray(),
      db().flux.where('companyId').anyOf(ids).toArray(),
    ]);
    return { companies: mapCompanies(companies, parks), parks: [], balance: balanceOf(flux), followup: new Map() };
  }, [ids.join(',')]);
  const selection = useMemo(() => base.data && selectForMap(base.data, lines, { territoryId: '', colour: 'flux' }), [base.data, lines]);

  if (base.error) return <p class="form-error">Carte indisponible : {base.error.message}</p>;
  if (!selection) return <p class="loading">Chargement de la carte…</p>;
  const absent = ids.length - selection.companies.length;
  const unplaced = selection.unplaced + absent;
  return (
    <div class="map-focus-map">
      <MapCanvas
        overlays={selection.overlays}
        bounds={selection.bounds}
        label={label}
        listHint={listHint}
        onTap={(tapped) => {
          if (tapped?.kind === 'company') navigate(`/entreprises/${tapped.id}`);
          else if (tapped?.kind === 'synergy') location.hash = synergyHref(tapped.id);
        }}
      />
      {unplaced > 0 && (
        <p class="muted">
          {fr(unplaced)} entreprise{unplaced > 1 ? 's' : ''} sans position sur cet appareil : absente{unplaced > 1 ? 's' : ''} de la carte.
        </p>
      )}
    </div>
  );
}
