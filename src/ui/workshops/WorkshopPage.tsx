// One workshop: before (details, tables, participants), during (start, capture, projector) and
// after (close: every synergy of the room becomes a follow-up lead; the report).
import { companiesByIds } from '../../db/companies';
import { useState } from 'preact/hooks';
import { WORKSHOP_STATE_LABELS, type Workshop } from '../../domain/workshop';
import { db } from '../../db/database';
import { addParticipant, addTable, getWorkshop, removeParticipant, setWorkshopState } from '../../db/workshops';
import { WorkshopMissing } from './WorkshopMissing';
import { showToast } from '../components/toasts';
import { useLiveQuery } from '../hooks/use-live-query';
import { AddParticipant } from './AddParticipant';
import { AnimatorsField } from './AnimatorsField';
import { closeWorkshop } from './close-workshop';
import { frenchDate } from './dates';
import { PositionNote } from './PositionNote';
import './workshops.css';

function Seating({ workshop }: { workshop: Workshop }) {
  const companies = useLiveQuery(() => companiesByIds(workshop.companyIds), [workshop.companyIds.join(',')]).data ?? [];
  const tableOf = (companyId: string) => workshop.tables.find((t) => t.companyIds.includes(companyId))?.id ?? '';
  const byName = [...companies].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  const groups = [
    ...workshop.tables.map((t) => ({ id: t.id, name: t.name, companies: byName.filter((c) => tableOf(c.id) === t.id) })),
    { id: 'sans-table', name: 'Sans table', companies: byName.filter((c) => tableOf(c.id) === '') },
  ].filter((g) => g.companies.length > 0);
  return (
    <section aria-labelledby="seating-title">
      <div class="section-head">
        <h2 id="seating-title">Participants ({workshop.companyIds.length})</h2>
        <button type="button" class="btn" onClick={() => void addTable(workshop.id)}>
          + Table
        </button>
      </div>
      <AddParticipant workshop={workshop} />
      {companies.length === 0 ? (
        <p class="muted">Aucune entreprise inscrite : ajoutez-les avant l’atelier, ou à leur arrivée.</p>
      ) : (
        // The list as the room is seated: table by table, then those not seated yet.
        groups.map((g) => (
          <div key={g.id} class="ws-seating-group">
            {groups.length > 1 && <h3>{g.name}</h3>}
            <ul class="card-list ws-seating" aria-label={g.name}>
              {g.companies.map((c) => (
                <li key={c.id} class="card">
                  <a href={`#/entreprises/${c.id}`}>{c.name}</a>
                  <span class="muted">{c.zone}</span>
                  <PositionNote company={c} />
                  <label>
                    <span class="sr-only">Table de {c.name}</span>
                    <select
                      value={tableOf(c.id)}
                      onChange={(e) => void addParticipant(workshop.id, c.id, e.currentTarget.value || undefined)}
                    >
                      <option value="">Sans table</option>
                      {workshop.tables.map((t) => (
                        <option value={t.id}>{t.name}</option>
                      ))}
                    </select>
                  </label>
                  <button
                    type="button"
                    class="btn-icon"
                    aria-label={`Retirer ${c.name} de l’atelier`}
                    onClick={async () => {
                      const table = tableOf(c.id) || undefined;
                      await removeParticipant(workshop.id, c.id);
                      showToast(`${c.name} retirée de l’atelier.`, {
                        action: { label: 'Annuler', run: () => void addParticipant(workshop.id, c.id, table) },
                      });
                    }}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}

function Closing({ workshop }: { workshop: Workshop }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  // Closed already: closing again turns the synergies found since into leads (none duplicated).
  const again = workshop.state === 'closed';
  if (!confirming) {
    return (
      <button type="button" class="btn" onClick={() => setConfirming(true)}>
        {again ? 'Clore à nouveau (pistes trouvées depuis)…' : 'Clore l’atelier…'}
      </button>
    );
  }
  return (
    <div class="confirm" role="alertdialog" aria-label="Clore l’atelier">
      <p>
        {again
          ? 'Ajouter au suivi les synergies détectées depuis la clôture ? Celles déjà suivies le restent, sans doublon.'
          : 'Clore l’atelier ? Chaque synergie détectée entre ses participants devient une piste à suivre (statut « Proposée »). La saisie reste possible ensuite.'}
      </p>
      <div class="actions">
        <button
          type="button"
          class="btn btn-primary"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              const created = await closeWorkshop(workshop.id);
              showToast(
                again ? `${created} nouvelle(s) piste(s) ajoutée(s) au suivi.` : `Atelier clos : ${created} piste(s) ajoutée(s) au suivi.`,
              );
            } catch (e) {
              showToast(`Clôture impossible : ${e instanceof Error ? e.message : String(e)}`, { kind: 'error' });
            } finally {
              setBusy(false);
              setConfirming(false);
            }
          }}
        >
          Clore et créer les pistes
        </button>
        <button type="button" class="btn btn-light" onClick={() => setConfirming(false)}>
          Annuler
        </button>
      </div>
    </div>
  );
}

export function WorkshopPage({ id }: { id: string }) {
  const workshop = useLiveQuery(() => getWorkshop(id), [id]);
  const territory = useLiveQuery(
    async () => (workshop.data ? db().territories.get(workshop.data.territoryId) : undefined),
    [workshop.data?.territoryId],
  ).data;
  if (workshop.loading) return <p class="loading">Chargement…</p>;
  const w = workshop.data;
  if (!w) return <WorkshopMissing />;
  return (
    <section class="page" aria-labelledby="workshop-title">
      <a class="back" href="#/ateliers">
        ← Ateliers
      </a>
      <header class="page-header">
        <div>
          <h1 id="workshop-title">{w.title}</h1>
          <p class="muted">
            {frenchDate(w.date)} · {territory?.name ?? w.territoryId}
            {w.place && ` · ${w.place}`}
          </p>
        </div>
        <span class={`badge ws-state-${w.state}`}>{WORKSHOP_STATE_LABELS[w.state]}</span>
      </header>
      <AnimatorsField workshop={w} />
      <div class="actions ws-actions">
        {w.state === 'prepared' && (
          <button type="button" class="btn btn-primary" onClick={() => void setWorkshopState(w.id, 'running')}>
            Démarrer l’atelier
          </button>
        )}
        <a class="btn btn-primary" href={`#/ateliers/${w.id}/saisie`}>
          Saisie à la table
        </a>
        <a class="btn" href={`#/ateliers/${w.id}/projecteur`} target="_blank" rel="noopener">
          Vue projecteur
        </a>
        <a class="btn" href={`#/ateliers/${w.id}/compte-rendu`}>
          Compte rendu
        </a>
        <a class="btn" href={`#/ateliers/${w.id}/pistes`}>
          Pistes dans le suivi
        </a>
        <a class="btn" href={`#/ateliers/${w.id}/emargement`}>
          Feuille d’émargement
        </a>
        <a class="btn" href={`#/ateliers/${w.id}/fiches`}>
          Fiches des participants
        </a>
        <a class="btn" href={`#/ateliers/${w.id}/chevalets`}>
          Chevalets (QR code)
        </a>
        <Closing workshop={w} />
      </div>
      {w.state === 'closed' && w.closedAt && (
        <p class="notice">Atelier clos le {new Date(w.closedAt).toLocaleString('fr-FR')} : ses synergies sont dans le suivi.</p>
      )}
      <Seating workshop={w} />
    </section>
  );
}
