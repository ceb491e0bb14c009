// Merging a park into another, asked for in place: pick the park to keep, see which companies will
// be moved to it (the server's list), then confirm. Nothing changes before the confirmation.
import { useEffect, useState } from 'preact/hooks';
import type { StoredPark } from '../../db/parks';
import { referenceApi } from '../../sync/reference-api';
import { Field } from '../components/field';
import { showToast } from '../components/toasts';
import { plural } from '../sync/use-sync';
import { useReferenceCall } from './use-reference-call';
import { FormError } from '../components/form-error';

export function MergePanel({ park, others, onClose }: { park: StoredPark; others: StoredPark[]; onClose: () => void }) {
  const [intoId, setIntoId] = useState(others.find((o) => o.status === 'confirmed')?.id ?? others[0]?.id ?? '');
  const [companies, setCompanies] = useState<{ id: string; name: string }[]>();
  const { busy, error, setError, run } = useReferenceCall();
  const into = others.find((o) => o.id === intoId);
  const fieldId = `merge-${park.id}`;

  useEffect(() => {
    let live = true;
    void referenceApi.parkCompanies(park.id).then((result) => {
      if (!live) return;
      if (result.ok) setCompanies(result.value.companies);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [park.id]);

  const confirm = async () => {
    if (!into) return;
    const done = await run(
      () => referenceApi.mergePark(park.id, into.id),
      (v) => ({ parks: [v.park] }),
    );
    if (!done) return;
    showToast(
      `« ${park.name} » fusionnée dans « ${into.name} » : ${plural(done.companies, 'entreprise mise', 'entreprises mises')} à jour`,
    );
    onClose();
  };

  if (others.length === 0) {
    return (
      <div class="merge-panel" role="group" aria-label={`Fusionner ${park.name}`}>
        <p>Aucune autre zone dans ce territoire : créez d’abord la zone à conserver.</p>
        <button type="button" class="btn" onClick={onClose}>
          Fermer
        </button>
      </div>
    );
  }
  return (
    <div class="merge-panel" role="group" aria-label={`Fusionner ${park.name}`}>
      <Field id={fieldId} label={`Fusionner « ${park.name} » dans`}>
        <select id={fieldId} value={intoId} onChange={(e) => setIntoId(e.currentTarget.value)}>
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
              {o.status === 'proposed' ? ' (proposée)' : ''}
            </option>
          ))}
        </select>
      </Field>
      {companies === undefined && !error && <p class="muted">Recherche des entreprises concernées…</p>}
      {companies && (
        <div data-testid="merge-preview">
          <p>
            {companies.length === 0
              ? 'Aucune entreprise n’est rattachée à cette zone.'
              : `${plural(companies.length, 'entreprise sera rattachée', 'entreprises seront rattachées')} à « ${into?.name ?? ''} » :`}
          </p>
          {companies.length > 0 && (
            <ul>
              {companies.map((c) => (
                <li key={c.id}>{c.name}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <FormError message={error?.message} />
      <div class="actions">
        <button type="button" class="btn btn-primary" disabled={busy || !into || companies === undefined} onClick={() => void confirm()}>
          Confirmer la fusion
        </button>
        <button type="button" class="btn" onClick={onClose}>
          Annuler
        </button>
      </div>
    </div>
  );
}
