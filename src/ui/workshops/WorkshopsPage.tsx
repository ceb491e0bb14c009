// The animator's list of detection workshops, and the form to prepare a new one.
import { useState } from 'preact/hooks';
import { ZodError } from 'zod';
import { formatZodError } from '../../domain/errors';
import { NewWorkshopSchema, WORKSHOP_STATE_LABELS } from '../../domain/workshop';
import { db } from '../../db/database';
import { createWorkshop, listWorkshops } from '../../db/workshops';
import { territoryChoices, defaultTerritory } from '../companies/territory-choices';
import { EmptyState } from '../components/empty-state';
import { useLiveQuery } from '../hooks/use-live-query';
import { navigate } from '../router';
import { useSession } from '../sync/use-sync';
import { localDay } from '../../exchange/excel-format';
import { frenchDate } from './dates';
import './workshops.css';

function NewWorkshopForm({ onCancel }: { onCancel: () => void }) {
  const session = useSession();
  const territories = useLiveQuery(() => db().territories.toArray(), []).data ?? [];
  const [title, setTitle] = useState('Atelier de détection de synergies');
  const [date, setDate] = useState(localDay());
  const [territoryId, setTerritoryId] = useState(defaultTerritory(session) ?? '');
  const [place, setPlace] = useState('');
  const [error, setError] = useState<string>();
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      // Whoever prepares it animates it, unless said otherwise on the workshop's page.
      const animator = session.kind === 'active' || session.kind === 'expired' ? [session.user.name] : [];
      const workshop = await createWorkshop(NewWorkshopSchema.parse({ title, date, territoryId, place }), animator);
      navigate(`/ateliers/${workshop.id}`);
    } catch (err) {
      setError(err instanceof ZodError ? formatZodError(err) : String(err));
    }
  };
  return (
    <form class="fieldset ws-new" onSubmit={submit} noValidate aria-label="Préparer un atelier">
      <div class="row">
        <div class="field">
          <label for="ws-title">Titre</label>
          <input id="ws-title" value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="ws-date">Date</label>
          <input id="ws-date" type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
        </div>
      </div>
      <div class="row">
        <div class="field">
          <label for="ws-territory">Territoire</label>
          <select id="ws-territory" value={territoryId} onChange={(e) => setTerritoryId(e.currentTarget.value)}>
            <option value="">Choisir…</option>
            {territoryChoices(territories, session, territoryId).map((t) => (
              <option value={t.id}>{t.name}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="ws-place">Lieu</label>
          <input id="ws-place" value={place} onInput={(e) => setPlace(e.currentTarget.value)} placeholder="CCI, salle…" />
        </div>
      </div>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="btn btn-primary">
          Créer l’atelier
        </button>
        <button type="button" class="btn btn-light" onClick={onCancel}>
          Annuler
        </button>
      </div>
    </form>
  );
}

export function WorkshopsPage() {
  const workshops = useLiveQuery(listWorkshops, []);
  const territories = useLiveQuery(() => db().territories.toArray(), []).data ?? [];
  const [creating, setCreating] = useState(false);
  const territoryName = (id: string) => territories.find((t) => t.id === id)?.name ?? id;
  const list = workshops.data ?? [];
  return (
    <section class="page" aria-labelledby="workshops-title">
      <header class="page-header">
        <h1 id="workshops-title">Ateliers</h1>
        {!creating && (
          <button type="button" class="btn btn-primary" onClick={() => setCreating(true)}>
            + Préparer un atelier
          </button>
        )}
      </header>
      {creating && <NewWorkshopForm onCancel={() => setCreating(false)} />}
      {!workshops.loading && list.length === 0 && !creating && (
        <EmptyState title="Aucun atelier pour l’instant">
          <p>
            Préparez un atelier de détection : les entreprises y disent ce qu’elles proposent et ce qu’elles recherchent, et les synergies
            s’affichent en direct.
          </p>
        </EmptyState>
      )}
      <ul class="card-list">
        {list.map((w) => (
          <li key={w.id}>
            <a class="card" href={`#/ateliers/${w.id}`}>
              <strong>{w.title}</strong>
              <span class="muted">
                {frenchDate(w.date)} · {territoryName(w.territoryId)}
                {w.place && ` · ${w.place}`} · {w.companyIds.length} entreprise(s)
              </span>
              <span class={`badge ws-state-${w.state}`}>{WORKSHOP_STATE_LABELS[w.state]}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
