// The business parks of one territory: the shared list, the proposals to review, and the form to
// add one (a referent or an admin creates it; anyone else proposes it, even offline).
import { useState } from 'preact/hooks';
import { db } from '../../db';
import { proposePark, territoryParks } from '../../db/parks';
import { parseDecimal } from '../companies/company-form-state';
import { syncNow } from '../../sync';
import { referenceApi } from '../../sync/reference-api';
import { errorMessage } from '../autosave/use-autosave';
import { showToast } from '../components/toasts';
import { useLiveQuery } from '../hooks/use-live-query';
import { ParkRow } from './ParkRow';
import { useReferenceCall } from './use-reference-call';
import { FormError } from '../components/form-error';

export interface ParkSectionProps {
  territoryId: string;
  territoryName: string;
  manage: boolean;
  blocked?: string;
  userId?: string;
}

function useCompanyCounts(territoryId: string): Map<string, number> {
  const rows = useLiveQuery(() => db().companies.where('territoryId').equals(territoryId).toArray(), [territoryId]).data ?? [];
  const counts = new Map<string, number>();
  for (const c of rows) if (!c.deleted && c.parkId) counts.set(c.parkId, (counts.get(c.parkId) ?? 0) + 1);
  return counts;
}

export function ParkSection({ territoryId, territoryName, manage, blocked, userId }: ParkSectionProps) {
  const parks = useLiveQuery(() => territoryParks(territoryId), [territoryId]).data ?? [];
  const counts = useCompanyCounts(territoryId);
  const [name, setName] = useState('');
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const [radius, setRadius] = useState('');
  const [localError, setLocalError] = useState<string>();
  const { busy, error, run } = useReferenceCall();
  const live = parks.filter((p) => !p.mergedInto);
  const confirmed = live.filter((p) => p.status === 'confirmed');
  const proposals = live.filter((p) => p.status === 'proposed');
  const directly = manage && !blocked;

  const add = async (e: Event) => {
    e.preventDefault();
    setLocalError(undefined);
    if (!directly) {
      try {
        await proposePark(territoryId, name, userId);
        setName('');
        showToast('Zone proposée : elle sera envoyée au référent à la prochaine synchronisation.');
        void syncNow();
      } catch (err) {
        setLocalError(errorMessage(err));
      }
      return;
    }
    const center = lat.trim() || lon.trim() ? { lat: parseDecimal(lat), lon: parseDecimal(lon) } : undefined;
    const radiusKm = radius.trim() ? parseDecimal(radius) : undefined;
    const done = await run(
      () => referenceApi.createPark({ territoryId, name, center, radiusKm }),
      (v) => ({ parks: [v.park] }),
    );
    if (!done) return;
    setName('');
    setLat('');
    setLon('');
    setRadius('');
    showToast(`Zone « ${done.park.name} » ajoutée`);
  };

  const row = (p: (typeof live)[number]) => (
    <ParkRow
      key={p.id}
      park={p}
      others={live.filter((o) => o.id !== p.id)}
      companies={counts.get(p.id) ?? 0}
      manage={manage}
      blocked={blocked}
    />
  );
  const message = localError ?? error?.message;
  return (
    <section aria-label={`Zones d’activités de ${territoryName}`}>
      <h3>Zones d’activités</h3>
      <ul class="park-list">
        {confirmed.map(row)}
        {confirmed.length === 0 && <li class="muted">Aucune zone confirmée pour l’instant.</li>}
      </ul>
      {proposals.length > 0 && (
        <>
          <h3>{manage ? 'Propositions à examiner' : 'Propositions en attente'}</h3>
          <ul class="park-list">{proposals.map(row)}</ul>
        </>
      )}
      <h3>{directly ? 'Ajouter une zone' : 'Proposer une zone'}</h3>
      <form class="park-add" onSubmit={add} aria-label={`Ajouter une zone à ${territoryName}`}>
        <input
          class="park-add-name"
          aria-label={`Nouvelle zone pour ${territoryName}`}
          placeholder="Nom de la zone d’activités"
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        {directly && (
          <>
            <input
              aria-label="Latitude du centre"
              inputMode="decimal"
              placeholder="Latitude (option)"
              value={lat}
              onInput={(e) => setLat(e.currentTarget.value)}
            />
            <input
              aria-label="Longitude du centre"
              inputMode="decimal"
              placeholder="Longitude (option)"
              value={lon}
              onInput={(e) => setLon(e.currentTarget.value)}
            />
            <input
              aria-label="Rayon en km"
              inputMode="decimal"
              placeholder="Rayon km (option)"
              value={radius}
              onInput={(e) => setRadius(e.currentTarget.value)}
            />
          </>
        )}
        <button class="btn" type="submit" disabled={busy}>
          {directly ? 'Ajouter la zone' : 'Proposer la zone'}
        </button>
      </form>
      {manage && blocked && <p class="field-hint">{blocked}</p>}
      <FormError message={message} />
    </section>
  );
}
