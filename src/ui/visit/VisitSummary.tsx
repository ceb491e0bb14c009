// The visit summary: everything recorded for the company, by family, ready to read back to it.
import {
  AVAILABILITY_LABELS,
  DIRECTION_LABELS,
  FAMILIES,
  FAMILY_LABELS,
  RECOVERY_OPERATION_LABELS,
  formatQuantity,
  getResource,
  type Flux,
  type Visit,
} from '../../domain';
import { updateVisit } from '../../db/visits';
import { useAutosave } from '../autosave/use-autosave';
import { Field } from '../components/field';

function fluxTitle(f: Flux): string {
  return f.label || getResource(f.resourceCode).label;
}

function VisitNotes({ visit }: { visit: Visit }) {
  const notes = useAutosave<string>({
    table: 'visits',
    id: visit.id,
    slot: 'notes',
    stored: visit.notes,
    toPatch: (notes) => ({ notes }),
    fromPatch: (p) => String(p.notes ?? ''),
    save: (p) => updateVisit(visit.id, p),
  });
  const advisor = useAutosave<string>({
    table: 'visits',
    id: visit.id,
    slot: 'advisor',
    stored: visit.advisor,
    toPatch: (advisor) => ({ advisor }),
    fromPatch: (p) => String(p.advisor ?? ''),
    save: (p) => updateVisit(visit.id, p),
  });
  return (
    <div class="form-grid">
      <Field id="visit-advisor" label="Conseiller" error={advisor.error}>
        <input
          id="visit-advisor"
          value={advisor.value}
          onInput={(e) => advisor.change(e.currentTarget.value)}
          onBlur={() => void advisor.flush()}
        />
      </Field>
      <Field id="visit-notes" label="Notes de visite" error={notes.error}>
        <textarea
          id="visit-notes"
          rows={4}
          value={notes.value}
          onInput={(e) => notes.change(e.currentTarget.value)}
          onBlur={() => void notes.flush()}
        />
      </Field>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={visit.status === 'done'}
          onChange={(e) => void updateVisit(visit.id, { status: e.currentTarget.checked ? 'done' : 'in-progress' })}
        />
        Visite terminée
      </label>
    </div>
  );
}

export function VisitSummary({ flux, visit }: { flux: Flux[]; visit?: Visit }) {
  const needs = flux.filter((f) => f.direction === 'need').length;
  return (
    <section aria-labelledby="summary-title" class="visit-summary">
      <h2 id="summary-title">Résumé de la visite</h2>
      <p data-testid="summary-counts">
        {flux.length} flux enregistré(s) : {needs} besoin(s), {flux.length - needs} offre(s).
      </p>
      {FAMILIES.map((family) => {
        const ofFamily = flux.filter((f) => f.family === family);
        if (ofFamily.length === 0) return null;
        return (
          <div key={family}>
            <h3>{FAMILY_LABELS[family]}</h3>
            <ul class="summary-list">
              {ofFamily.map((f) => (
                <li key={f.id}>
                  <span class={`badge badge-${f.direction}`}>{DIRECTION_LABELS[f.direction]}</span> <strong>{fluxTitle(f)}</strong>
                  {f.quantity !== undefined && f.unit && <> — {formatQuantity(f.quantity, f.unit, f.period)}</>}
                  {f.availability.kind !== 'continuous' && <> — {AVAILABILITY_LABELS[f.availability.kind]}</>}
                  {f.recoveryOperation && (
                    <>
                      {' '}
                      — {f.recoveryOperation} ({RECOVERY_OPERATION_LABELS[f.recoveryOperation]})
                    </>
                  )}
                  {f.acceptsHazardous && <> — autorisée à recevoir ce déchet dangereux</>}
                  {f.description && <p class="muted">{f.description}</p>}
                  {f.currentHandling && <p class="muted">Actuellement : {f.currentHandling}</p>}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {flux.length === 0 && <p class="muted">Rien n’est encore enregistré : ouvrez une section et activez les flux de l’entreprise.</p>}
      {visit && <VisitNotes visit={visit} />}
    </section>
  );
}
