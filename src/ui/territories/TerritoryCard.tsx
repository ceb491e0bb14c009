// One territory: its name and kind (renamed or retired by an admin only), how many companies this
// device holds there, and its business parks.
import { useState } from 'preact/hooks';
import type { Territory } from '../../domain';
import { TERRITORY_KIND_LABELS } from '../../domain/territory-admin';
import { db } from '../../db';
import { referenceApi } from '../../sync/reference-api';
import { showToast } from '../components/toasts';
import { useLiveQuery } from '../hooks/use-live-query';
import { plural } from '../sync/use-sync';
import { ParkSection } from './ParkSection';
import { useReferenceCall } from './use-reference-call';
import { FormError } from '../components/form-error';
import { lazyComponent } from '../components/lazy';

// The outline's GeoJSON check stays out of the page until it is shown.
const OutlineField = lazyComponent(() => import('../map/OutlineField').then((m) => m.OutlineField), null);

export interface TerritoryCardProps {
  territory: Territory;
  admin: boolean;
  manageParks: boolean;
  blocked?: string;
  userId?: string;
}

export function TerritoryCard({ territory, admin, manageParks, blocked, userId }: TerritoryCardProps) {
  const companies = useLiveQuery(
    () =>
      db()
        .companies.where('territoryId')
        .equals(territory.id)
        .filter((c) => !c.deleted)
        .count(),
    [territory.id],
  ).data;
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(territory.name);
  const { busy, error, run } = useReferenceCall();

  const rename = async (e: Event) => {
    e.preventDefault();
    const done = await run(
      () => referenceApi.updateTerritory(territory.id, { name }),
      (t) => ({ territories: [t] }),
    );
    if (!done) return;
    setRenaming(false);
    showToast('Territoire renommé');
  };
  const setRetired = async (retired: boolean) => {
    if (
      retired &&
      !confirm(`Retirer « ${territory.name} » du programme ? Ses entreprises restent ; aucune nouvelle ne pourra y être rattachée.`)
    )
      return;
    const done = await run(
      () => referenceApi.updateTerritory(territory.id, { retired }),
      (t) => ({ territories: [t] }),
    );
    if (done) showToast(retired ? 'Territoire retiré du programme' : 'Territoire réintégré');
  };

  return (
    <li class="card territory-card">
      <div class="territory-head">
        {renaming ? (
          <form class="row" onSubmit={rename}>
            <input aria-label={`Nouveau nom de ${territory.name}`} value={name} onInput={(e) => setName(e.currentTarget.value)} />
            <button class="btn btn-primary" type="submit" disabled={busy}>
              Enregistrer
            </button>
            <button class="btn" type="button" onClick={() => setRenaming(false)}>
              Annuler
            </button>
          </form>
        ) : (
          <h2>{territory.name}</h2>
        )}
        <span class="badge">{TERRITORY_KIND_LABELS[territory.kind]}</span>
        {territory.retired && <span class="badge badge-need">retiré du programme</span>}
        <span class="muted">{plural(companies ?? 0, 'entreprise', 'entreprises')} sur cet appareil</span>
        {admin && !renaming && (
          <span class="actions">
            <button
              type="button"
              class="btn btn-light"
              disabled={Boolean(blocked)}
              onClick={() => setRenaming(true)}
              aria-label={`Renommer ${territory.name}`}
            >
              Renommer
            </button>
            <button
              type="button"
              class="btn btn-light"
              disabled={Boolean(blocked) || busy}
              onClick={() => void setRetired(!territory.retired)}
            >
              {territory.retired ? 'Réintégrer' : 'Retirer'}
            </button>
          </span>
        )}
      </div>
      <FormError message={error?.message} />
      <OutlineField territory={territory} admin={admin} blocked={blocked} />
      <ParkSection territoryId={territory.id} territoryName={territory.name} manage={manageParks} blocked={blocked} userId={userId} />
    </li>
  );
}
