// Conflicts to resolve: for each record, each field both advisors changed, this device's value and
// the server's side by side; the user picks one per field, then resolves (the choice syncs). A
// follow-up's status conflict is told by name, to the one who lost and to the one whose status was
// kept (a notice), and resolving it writes a line in the follow-up's history.
import { useState } from 'preact/hooks';
import type { ConflictEntry } from '../../db/outbox-entry';
import { conflictStory, conflictTitle, listConflicts, resolveConflict, type Choice, type ConflictStory } from '../../sync';
import { useLiveQuery } from '../hooks/use-live-query';
import { parkNames } from '../../db/parks';
import { chosenFields, parkIdsOf, shownValue, withFollowers } from './conflict-fields';
import { TABLE_LABELS, formatValue, labelOf } from './labels';
import './sync.css';

export interface ConflictsPageProps {
  /** Replaced in tests. */
  resolve?: (id: string, choices: Record<string, Choice>) => Promise<void>;
}

export function ConflictsPage({ resolve = resolveConflict }: ConflictsPageProps) {
  const { data: conflicts, loading } = useLiveQuery(listConflicts, []);
  return (
    <section class="sync-page" aria-labelledby="sync-conflicts-title">
      <h1 id="sync-conflicts-title">Conflits</h1>
      {!loading && conflicts?.length === 0 && <p class="sync-note">Aucun conflit : tout est cohérent avec le serveur.</p>}
      {conflicts?.some((c) => !c.notice) && (
        <p class="sync-note">
          Une même information a été modifiée ici et par un collègue. Choisissez, champ par champ, la version à garder.
        </p>
      )}
      {conflicts?.some((c) => c.notice) && (
        <p class="sync-note">
          Deux référents ont choisi un statut différent pour un même suivi, sans connexion. Voici ce qui a été gardé : confirmez-le, ou
          ouvrez le suivi pour en choisir un autre.
        </p>
      )}
      {conflicts?.map((c) =>
        c.notice ? <NoticeCard key={c.id} conflict={c} resolve={resolve} /> : <ConflictCard key={c.id} conflict={c} resolve={resolve} />,
      )}
    </section>
  );
}

const NO_NAMES: ReadonlyMap<string, string> = new Map();

/** Whose version each side is: a follow-up's status names the people who chose it. */
function sideLabel(side: Choice, field: string, story: ConflictStory | undefined): string {
  if (side === 'local') return story && field === 'status' ? `Cet appareil (${story.lostBy})` : 'Cet appareil';
  return story?.wonBy && field === 'status' ? `Serveur (${story.wonBy})` : 'Serveur (collègue)';
}

function ConflictCard({ conflict, resolve }: { conflict: ConflictEntry; resolve: NonNullable<ConflictsPageProps['resolve']> }) {
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const fields = chosenFields(conflict.fields);
  const parkIds = parkIdsOf(conflict);
  const names = useLiveQuery(() => parkNames(parkIds), [parkIds.join()]).data ?? NO_NAMES;
  const complete = fields.every((f) => choices[f]);
  const chooseAll = (choice: Choice) => setChoices(Object.fromEntries(fields.map((f) => [f, choice])));

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await resolve(conflict.id, withFollowers(conflict.fields, choices));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const titleId = `sync-conflict-${conflict.id}`;
  const story = conflict.historyConflictId ? conflictStory(conflict.server, conflict.historyConflictId) : undefined;
  return (
    <form class="sync-card sync-conflict" aria-labelledby={titleId} onSubmit={submit}>
      <h2 id={titleId}>
        {TABLE_LABELS[conflict.table]} : {conflictTitle(conflict)}
      </h2>
      {story && (
        <p class="sync-story">
          « {story.lostStatus} » de {story.lostBy} n’a pas pris effet : « {story.keptStatus} »{story.wonBy ? ` de ${story.wonBy}` : ''} est
          arrivé d’abord au serveur et a été gardé. Choisissez le statut à garder ; le choix sera inscrit dans l’historique du suivi.
        </p>
      )}
      {fields.map((field) => (
        <fieldset key={field} class="sync-field">
          <legend>{labelOf(field)}</legend>
          <div class="sync-versions">
            {(['local', 'server'] as const).map((side) => (
              <label key={side} class={`sync-version${choices[field] === side ? ' sync-chosen' : ''}`}>
                <input
                  type="radio"
                  name={`${conflict.id}-${field}`}
                  value={side}
                  checked={choices[field] === side}
                  onChange={() => setChoices({ ...choices, [field]: side })}
                />
                <span class="sync-side">{sideLabel(side, field, story)}</span>
                <span class="sync-value">
                  {formatValue(field, shownValue(field, side === 'local' ? conflict.local : conflict.server, names))}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {error && (
        <p class="sync-error" role="alert">
          {error}
        </p>
      )}
      <div class="sync-actions">
        {fields.length > 1 && (
          <>
            <button type="button" class="btn btn-light" onClick={() => chooseAll('local')}>
              Tout garder de cet appareil
            </button>
            <button type="button" class="btn btn-light" onClick={() => chooseAll('server')}>
              Tout garder du serveur
            </button>
          </>
        )}
        <button type="submit" class="btn btn-primary" disabled={!complete || busy}>
          Résoudre
        </button>
      </div>
      {!complete && <p class="sync-note">Choisissez une version pour chaque champ.</p>}
    </form>
  );
}

/** The sentence a referent whose status was kept reads: who chose what, and what counts. */
export function noticeText(story: ConflictStory): string {
  const kept = `« ${story.keptStatus} »${story.wonBy ? ` de ${story.wonBy}` : ''}`;
  return `${kept} a été gardé : il est arrivé le premier au serveur. ${story.lostBy} avait choisi « ${story.lostStatus} » sans connexion ; ce choix n’a pas pris effet et ne compte dans aucun indicateur.`;
}

/** Told, not lost: confirm the kept status (a line in the history) or open the follow-up to change it. */
function NoticeCard({ conflict, resolve }: { conflict: ConflictEntry; resolve: NonNullable<ConflictsPageProps['resolve']> }) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const story = conflictStory(conflict.server, conflict.historyConflictId);
  const titleId = `sync-conflict-${conflict.id}`;

  async function keep() {
    setBusy(true);
    setError(undefined);
    try {
      await resolve(conflict.id, {});
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="sync-card sync-conflict sync-notice" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {TABLE_LABELS[conflict.table]} : {conflictTitle(conflict)}
      </h2>
      <p class="sync-story">{story ? noticeText(story) : 'Deux statuts ont été choisis en même temps pour ce suivi.'}</p>
      {error && (
        <p class="sync-error" role="alert">
          {error}
        </p>
      )}
      <div class="sync-actions">
        <a class="btn btn-light" href={`#/suivi/${encodeURIComponent(conflict.recordId)}`}>
          Ouvrir le suivi
        </a>
        <button type="button" class="btn btn-primary" disabled={busy} onClick={keep}>
          Garder « {story?.keptStatus ?? 'le statut actuel'} »
        </button>
      </div>
    </section>
  );
}
