// Territories (EPCI) and their business parks, as the programme's server shares them. Everyone
// reads them (offline too) and may propose a park; referents manage their territory's parks;
// admins manage territories.
import { useState } from 'preact/hooks';
import { TERRITORY_KINDS, type Territory } from '../../domain';
import { TERRITORY_KIND_LABELS } from '../../domain/territory-admin';
import { db } from '../../db';
import { referenceApi } from '../../sync/reference-api';
import { EmptyState } from '../components/empty-state';
import { showToast } from '../components/toasts';
import { useLiveQuery } from '../hooks/use-live-query';
import { useOnline } from '../hooks/use-online';
import { useSession } from '../sync/use-sync';
import { canManageParks, canManageTerritories, managementBlocked, visibleTerritories } from './permissions';
import { TerritoryCard } from './TerritoryCard';
import { useReferenceCall } from './use-reference-call';
import './territories.css';
import { FormError } from '../components/form-error';

function NewTerritoryForm({ blocked }: { blocked?: string }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Territory['kind']>('cc');
  const { busy, error, run } = useReferenceCall();
  const add = async (e: Event) => {
    e.preventDefault();
    const done = await run(
      () => referenceApi.createTerritory({ name, kind }),
      (t) => ({ territories: [t] }),
    );
    if (!done) return;
    setName('');
    showToast(`Territoire « ${done.name} » ajouté`);
  };
  return (
    <form class="row" onSubmit={add} aria-label="Ajouter un territoire">
      <input
        aria-label="Nouveau territoire"
        placeholder="Nouveau territoire (EPCI)"
        value={name}
        onInput={(e) => setName(e.currentTarget.value)}
      />
      <select aria-label="Type de territoire" value={kind} onChange={(e) => setKind(e.currentTarget.value as Territory['kind'])}>
        {TERRITORY_KINDS.map((k) => (
          <option key={k} value={k}>
            {TERRITORY_KIND_LABELS[k]}
          </option>
        ))}
      </select>
      <button class="btn" type="submit" disabled={busy || Boolean(blocked)}>
        Ajouter un territoire
      </button>
      <FormError message={error?.message} />
    </form>
  );
}

export function TerritoriesPage() {
  const all = useLiveQuery(() => db().territories.toArray(), []).data ?? [];
  const session = useSession();
  const online = useOnline();
  const blocked = managementBlocked(session, online);
  const admin = canManageTerritories(session);
  const territories = visibleTerritories(all, session);
  const userId = session.kind === 'active' ? session.user.id : undefined;
  return (
    <div class="page">
      <header class="page-header">
        <h1>Territoires</h1>
      </header>
      <p class="muted">
        Les territoires sont gérés par les administrateurs du programme, les zones d’activités par les référents de chaque territoire. Toute
        personne du territoire peut proposer une zone : le référent la confirme ou la fusionne avec une zone existante, et les entreprises
        suivent.
      </p>
      {territories.length === 0 ? (
        <EmptyState title="Aucun territoire" />
      ) : (
        <ul class="card-list">
          {territories.map((t) => (
            <TerritoryCard
              key={t.id}
              territory={t}
              admin={admin}
              manageParks={canManageParks(session, t.id)}
              blocked={blocked}
              userId={userId}
            />
          ))}
        </ul>
      )}
      {admin && (
        <>
          <h2>Ajouter un territoire</h2>
          <NewTerritoryForm blocked={blocked} />
          {blocked && <p class="field-hint">{blocked}</p>}
        </>
      )}
    </div>
  );
}
