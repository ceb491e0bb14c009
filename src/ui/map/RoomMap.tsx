// The projector's map of a workshop: the participants where they are, with their names, and the
// synergies the room may see (already cut down by the room rule, domain/workshop-room.ts), the
// same colours as the room picture. Loaded only when the animator switches to it.
import { useMemo } from 'preact/hooks';
import { PlaceIndex } from '../../domain/company-place';
import { roomMap } from '../../domain/map/room-map';
import { bboxAround } from '../../domain/map/tiles';
import type { RoomSynergy } from '../../domain/workshop-room';
import { companiesByIds } from '../../db/companies';
import { db } from '../../db/database';
import { useLiveQuery } from '../hooks/use-live-query';
import { MapCanvas } from './MapCanvas';
import './map.css';

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

export function RoomMap({ companyIds, synergies }: { companyIds: readonly string[]; synergies: readonly RoomSynergy[] }) {
  const participants = useLiveQuery(async () => {
    const [companies, parks] = await Promise.all([companiesByIds(companyIds), db().parks.toArray()]);
    const places = new PlaceIndex(parks);
    return companies.map((c) => ({
      id: c.id,
      name: c.name,
      location: c.location,
      placed: c.location ? undefined : places.placeOf(c).location,
    }));
  }, [companyIds.join(',')]).data;
  const drawn = useMemo(() => participants && roomMap(participants, synergies), [participants, synergies]);
  const bounds = useMemo(
    () =>
      participants &&
      bboxAround(
        participants.map((p) => p.location ?? p.placed).filter((l) => l !== undefined),
        1,
      ),
    [participants],
  );
  if (!drawn) return <p class="loading">Chargement de la carte…</p>;
  return (
    <div class="map-room">
      <MapCanvas
        overlays={{ outlines: EMPTY, parks: EMPTY, companies: drawn.companies, synergies: drawn.synergies }}
        bounds={bounds}
        label="Carte des participants et de leurs synergies"
        names
        onTap={() => undefined}
      />
      {drawn.unplaced.length > 0 && <p class="map-room-unplaced">Sans position : {drawn.unplaced.join(', ')}</p>}
    </div>
  );
}
