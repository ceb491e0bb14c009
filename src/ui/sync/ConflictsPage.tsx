// Conflicts to resolve: for each record, each field both advisors changed, this device's value and
// the server's side by side; the user picks one per field, then resolves (the choice syncs).
import { useState } from 'preact/hooks';
import type { ConflictEntry } from '../../db/outbox-entry';
import { conflictTitle, listConflicts, resolveConflict, type Choice } from '../../sync';
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
      {conflicts && conflicts.length > 0 && (
        <p class="sync-note">
          Une même information a été modifiée ici et par un collègue. Choisissez, champ par champ, la version à garder.
        </p>
      )}
      {conflicts?.map((c) => <ConflictCard key={c.id} conflict={c} resolve={resolve} />)}
    </section>
  );
}

const NO_NAMES: ReadonlyMap<string, string> = new Map();

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
  return (
    <form class="sync-card sync-conflict" aria-labelledby={titleId} onSubmit={submit}>
      <h2 id={titleId}>
        {TABLE_LABELS[conflict.table]} : {conflictTitle(conflict)}
      </h2>
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
                <span class="sync-side">{side === 'local' ? 'Cet appareil' : 'Serveur (collègue)'}</span>
                <span class="sync-value">{formatValue(field, shownValue(field, side === 'local' ? conflict.local : conflict.server, names))}</span>
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
