// Expected or realised gains per year: tonnes, MWh, m³, €, jobs, and CO2e from a factor of the
// table (or typed by hand with a reason, kept visibly « saisi manuellement »). Read-only for
// those who may not decide.
import { useEffect, useState } from 'preact/hooks';
import { CO2_FACTORS, CO2_FACTOR_IDS, GAIN_METRICS, GAIN_METRIC_LABELS, type Co2FactorId, type Gains } from '../../domain';
import { Co2Figure } from './Co2Figure';
import { frNumber } from './format';
import { draftOf, readDraft, type GainsDraft } from './gains-form';
import { FormError } from '../components/form-error';

export interface GainsEditorProps {
  title: string;
  gains: Gains;
  canEdit: boolean;
  onSave: (gains: Gains) => Promise<void>;
}

function GainsSummary({ gains }: { gains: Gains }) {
  const known = GAIN_METRICS.filter((m) => gains[m] !== undefined);
  return known.length === 0 ? (
    <p class="muted">Aucun gain renseigné.</p>
  ) : (
    <dl class="details fu-gains-list">
      {known.map((m) => [<dt key={`${m}-t`}>{GAIN_METRIC_LABELS[m]}</dt>, <dd key={`${m}-d`}>{frNumber(gains[m]!)}</dd>])}
    </dl>
  );
}

export function GainsEditor({ title, gains, canEdit, onSave }: GainsEditorProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<GainsDraft>(() => draftOf(gains));
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // Follow what sync brings while the form is closed.
  useEffect(() => {
    if (!editing) setDraft(draftOf(gains));
  }, [gains, editing]);
  const idBase = title.replace(/\W+/g, '-').toLowerCase();
  const set = (patch: Partial<GainsDraft>) => setDraft({ ...draft, ...patch });

  async function submit(event: Event) {
    event.preventDefault();
    const read = readDraft(draft);
    if (!read.ok) return setError(read.error);
    setError(undefined);
    setBusy(true);
    try {
      await onSave(read.gains);
      setEditing(false);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  if (!editing) {
    return (
      <section class="fu-gains" aria-labelledby={`${idBase}-h`}>
        <h3 id={`${idBase}-h`}>{title}</h3>
        <GainsSummary gains={gains} />
        <Co2Figure gains={gains} />
        {canEdit && (
          <button type="button" class="btn" onClick={() => setEditing(true)}>
            Modifier les {title.toLowerCase()}
          </button>
        )}
      </section>
    );
  }

  const factor = draft.factorId ? CO2_FACTORS[draft.factorId] : undefined;
  return (
    <form class="fu-gains" aria-labelledby={`${idBase}-h`} onSubmit={submit} noValidate>
      <h3 id={`${idBase}-h`}>{title}</h3>
      <div class="fu-gains-grid">
        {GAIN_METRICS.map((m) => (
          <label key={m}>
            {GAIN_METRIC_LABELS[m]}
            <input
              inputMode="decimal"
              value={draft.metrics[m]}
              onInput={(e) => set({ metrics: { ...draft.metrics, [m]: e.currentTarget.value } })}
            />
          </label>
        ))}
        <label>
          Facteur d’émission
          <select value={draft.factorId} onChange={(e) => set({ factorId: e.currentTarget.value as Co2FactorId | '' })}>
            <option value="">Aucun</option>
            {CO2_FACTOR_IDS.map((id) => (
              <option key={id} value={id}>
                {CO2_FACTORS[id].label}
              </option>
            ))}
          </select>
        </label>
        {factor && (
          <label>
            Quantité évitée ({factor.unit}/an)
            <input inputMode="decimal" value={draft.quantity} onInput={(e) => set({ quantity: e.currentTarget.value })} />
          </label>
        )}
      </div>
      {factor && (
        <p class="muted">
          {factor.source} ({factor.year})
        </p>
      )}
      <label class="checkbox">
        <input type="checkbox" checked={draft.manual} onChange={(e) => set({ manual: e.currentTarget.checked })} />
        Saisir les t CO2e à la main (remplace le calcul)
      </label>
      {draft.manual && (
        <div class="fu-gains-grid">
          <label>
            t CO2e évitées par an
            <input inputMode="decimal" value={draft.override} onInput={(e) => set({ override: e.currentTarget.value })} />
          </label>
          <label>
            Motif de la saisie manuelle *
            <input value={draft.overrideReason} maxLength={500} onInput={(e) => set({ overrideReason: e.currentTarget.value })} />
          </label>
        </div>
      )}
      <FormError message={error} />
      <div class="actions">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          Enregistrer les {title.toLowerCase()}
        </button>
        <button
          type="button"
          class="btn btn-light"
          onClick={() => {
            setEditing(false);
            setError(undefined);
          }}
        >
          Annuler
        </button>
      </div>
    </form>
  );
}
