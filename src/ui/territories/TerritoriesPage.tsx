// Territories (EPCI) and their business parks: rename, add, and list zones.
import { useState } from 'preact/hooks';
import { newId, TerritorySchema, ZoneSchema, type Territory } from '../../domain';
import { db } from '../../db';
import { errorMessage } from '../autosave/use-autosave';
import { showToast } from '../components/toasts';
import { useLiveQuery } from '../hooks/use-live-query';

async function saveTerritory(t: Territory, name: string) {
  const next = TerritorySchema.parse({ ...t, name, updatedAt: Date.now() });
  await db().territories.put(next);
}

function TerritoryCard({ territory }: { territory: Territory }) {
  const zones = useLiveQuery(() => db().zones.where('territoryId').equals(territory.id).toArray(), [territory.id]).data ?? [];
  const companies = useLiveQuery(() => db().companies.where('territoryId').equals(territory.id).filter((c) => !c.deleted).count(), [territory.id]).data;
  const [name, setName] = useState(territory.name);
  const [zone, setZone] = useState('');
  const rename = async () => {
    if (name === territory.name) return;
    try {
      await saveTerritory(territory, name);
      showToast('Territoire renommé');
    } catch (e) {
      showToast(errorMessage(e), { kind: 'error' });
      setName(territory.name);
    }
  };
  const addZone = async (e: Event) => {
    e.preventDefault();
    try {
      const now = Date.now();
      await db().zones.add(ZoneSchema.parse({ id: newId(), territoryId: territory.id, name: zone, createdAt: now, updatedAt: now }));
      setZone('');
    } catch (err) {
      showToast(errorMessage(err), { kind: 'error' });
    }
  };
  const removeZone = async (id: string, zoneName: string) => {
    const removed = await db().zones.get(id);
    await db().zones.delete(id);
    showToast(`Zone « ${zoneName} » supprimée`, { action: { label: 'Annuler', run: async () => void (removed && (await db().zones.put(removed))) } });
  };
  return (
    <li class="card territory-card">
      <label>
        Nom du territoire
        <input value={name} onInput={(e) => setName(e.currentTarget.value)} onBlur={rename} />
      </label>
      <p class="muted">{companies ?? 0} entreprise(s)</p>
      <h3>Zones d’activités</h3>
      <ul>
        {zones.map((z) => (
          <li key={z.id} class="row">
            <span>{z.name}</span>
            <button type="button" class="btn btn-light" onClick={() => void removeZone(z.id, z.name)} aria-label={`Supprimer la zone ${z.name}`}>
              Supprimer
            </button>
          </li>
        ))}
        {zones.length === 0 && <li class="muted">Aucune zone.</li>}
      </ul>
      <form class="row" onSubmit={addZone}>
        <input aria-label={`Nouvelle zone pour ${territory.name}`} placeholder="Nouvelle zone d’activités" value={zone} onInput={(e) => setZone(e.currentTarget.value)} />
        <button class="btn" type="submit">
          Ajouter
        </button>
      </form>
    </li>
  );
}

export function TerritoriesPage() {
  const territories = useLiveQuery(() => db().territories.toArray(), []).data ?? [];
  const [name, setName] = useState('');
  const add = async (e: Event) => {
    e.preventDefault();
    try {
      const now = Date.now();
      await db().territories.add(TerritorySchema.parse({ id: newId(), name, kind: 'other', createdAt: now, updatedAt: now }));
      setName('');
    } catch (err) {
      showToast(errorMessage(err), { kind: 'error' });
    }
  };
  return (
    <div class="page">
      <header class="page-header">
        <h1>Territoires</h1>
      </header>
      <ul class="card-list">
        {territories.map((t) => (
          <TerritoryCard key={t.id} territory={t} />
        ))}
      </ul>
      <form class="row" onSubmit={add}>
        <input aria-label="Nouveau territoire" placeholder="Nouveau territoire (EPCI)" value={name} onInput={(e) => setName(e.currentTarget.value)} />
        <button class="btn" type="submit">
          Ajouter un territoire
        </button>
      </form>
    </div>
  );
}
