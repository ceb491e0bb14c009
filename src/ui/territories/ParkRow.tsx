// One business park in its territory's list: name, status, companies on this device; for a
// referent or an admin, rename, confirm a proposal, or merge it into another park.
import { useState } from 'preact/hooks';
import type { StoredPark } from '../../db/parks';
import { referenceApi } from '../../sync/reference-api';
import { showToast } from '../components/toasts';
import { plural } from '../sync/use-sync';
import { MergePanel } from './MergePanel';
import { useReferenceCall } from './use-reference-call';
import { FormError } from '../components/form-error';

export interface ParkRowProps {
  park: StoredPark;
  /** Live parks of the territory it could be merged into. */
  others: StoredPark[];
  companies: number;
  manage: boolean;
  /** Why management is unavailable right now (offline, signed out), if it is. */
  blocked?: string;
}

function Status({ park }: { park: StoredPark }) {
  if (park.error) return <span class="badge badge-need">refusée : {park.error}</span>;
  if (park.pendingSince !== undefined) return <span class="badge badge-offer">en attente d’envoi</span>;
  if (park.status === 'proposed') return <span class="badge badge-offer">proposée</span>;
  return null;
}

export function ParkRow({ park, others, companies, manage, blocked }: ParkRowProps) {
  const [mode, setMode] = useState<'view' | 'rename' | 'merge'>('view');
  const [name, setName] = useState(park.name);
  const { busy, error, run } = useReferenceCall();
  // A proposal still on this device is unknown to the server: nothing to manage yet.
  const actions = manage && park.pendingSince === undefined && !park.error;

  const rename = async (e: Event) => {
    e.preventDefault();
    const done = await run(
      () => referenceApi.updatePark(park.id, { name }),
      (v) => ({ parks: [v.park] }),
    );
    if (!done) return;
    showToast(`Zone renommée : ${plural(done.companies, 'entreprise mise', 'entreprises mises')} à jour`);
    setMode('view');
  };
  const confirm = async () => {
    const done = await run(
      () => referenceApi.confirmPark(park.id),
      (v) => ({ parks: [v.park] }),
    );
    if (done) showToast(`Zone « ${park.name} » confirmée`);
  };

  return (
    <li class="park-row">
      {mode === 'rename' ? (
        <form class="row park-name" onSubmit={rename}>
          <input aria-label={`Nouveau nom de la zone ${park.name}`} value={name} onInput={(e) => setName(e.currentTarget.value)} />
          <button class="btn btn-primary" type="submit" disabled={busy}>
            Enregistrer
          </button>
          <button class="btn" type="button" onClick={() => setMode('view')}>
            Annuler
          </button>
        </form>
      ) : (
        <span class="park-name">
          {park.name} <Status park={park} /> <span class="muted">· {plural(companies, 'entreprise', 'entreprises')} sur cet appareil</span>
        </span>
      )}
      {actions && mode === 'view' && (
        <span class="actions">
          <button
            type="button"
            class="btn btn-light"
            disabled={Boolean(blocked)}
            onClick={() => setMode('rename')}
            aria-label={`Renommer la zone ${park.name}`}
          >
            Renommer
          </button>
          {park.status === 'proposed' && (
            <button
              type="button"
              class="btn"
              disabled={Boolean(blocked) || busy}
              onClick={() => void confirm()}
              aria-label={`Confirmer la zone ${park.name}`}
            >
              Confirmer
            </button>
          )}
          <button
            type="button"
            class="btn"
            disabled={Boolean(blocked)}
            onClick={() => setMode('merge')}
            aria-label={`Fusionner la zone ${park.name}`}
          >
            Fusionner…
          </button>
        </span>
      )}
      {mode === 'merge' && <MergePanel park={park} others={others} onClose={() => setMode('view')} />}
      <FormError message={error?.message} />
    </li>
  );
}
