// Placing a company by tapping the map, in the company form (beside GPS and typed coordinates):
// the map opens on the company's territory, a tap writes the latitude and longitude fields.
import { useMemo, useRef } from 'preact/hooks';
import type { Bbox } from '../../domain/map/tiles';
import { companyFeatures } from '../../domain/map/features';
import { bboxAround } from '../../domain/map/tiles';
import { db, type StoredCompany } from '../../db/database';
import { useLiveQuery } from '../hooks/use-live-query';
import { MapCanvas } from './MapCanvas';
import type { Overlays } from './overlay-layers';
import './map.css';

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

export function PositionPicker(props: {
  at?: { lat: number; lon: number };
  territoryId: string;
  onPick: (at: { lat: number; lon: number }) => void;
}) {
  const neighbours = useLiveQuery(
    async (): Promise<StoredCompany[]> =>
      props.territoryId ? db().companies.where('territoryId').equals(props.territoryId).toArray() : [],
    [props.territoryId],
  ).data;
  const lat = props.at?.lat;
  const lon = props.at?.lon;
  const overlays = useMemo<Overlays>(
    () => ({
      outlines: EMPTY,
      parks: EMPTY,
      synergies: EMPTY,
      companies: companyFeatures(
        lat !== undefined && lon !== undefined ? [{ id: 'here', name: 'Position choisie', location: { lat, lon } }] : [],
        () => 'offer',
      ),
    }),
    [lat, lon],
  );
  // The first view stays: a tap must not move the map under the finger.
  const start = useRef<Bbox>();
  if (!neighbours) return <p class="loading">Chargement de la carte…</p>;
  const around = props.at ? [props.at] : neighbours.filter((c) => !c.deleted && c.location).map((c) => c.location!);
  start.current ??= bboxAround(around, 1);
  return (
    <div class="map-pick">
      <p class="muted" id="map-pick-help">
        Touchez la carte à l’emplacement de l’entreprise : la latitude et la longitude se remplissent.
      </p>
      <MapCanvas
        overlays={overlays}
        bounds={start.current}
        label="Carte pour placer l’entreprise"
        onTap={(_, at) => props.onPick({ lat: Number(at.lat.toFixed(5)), lon: Number(at.lon.toFixed(5)) })}
      />
    </div>
  );
}
