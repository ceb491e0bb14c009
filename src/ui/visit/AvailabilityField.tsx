// When a flux is available: continuously, some months of the year, occasionally, or between dates.
import { AVAILABILITIES, AVAILABILITY_LABELS, AvailabilitySchema, type Availability, type Flux } from '../../domain';
import { updateFlux } from '../../db/flux';
import { useAutosave } from '../autosave/use-autosave';
import { Field } from '../components/field';

const MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

export function AvailabilityField({ flux }: { flux: Flux }) {
  const id = `flux-${flux.id}-availability`;
  const autosave = useAutosave<Availability>({
    table: 'flux',
    id: flux.id,
    slot: 'availability',
    stored: flux.availability,
    toPatch: (value) => ({ availability: AvailabilitySchema.parse(value) }),
    fromPatch: (patch) => patch.availability as Availability,
    save: (patch) => updateFlux(flux.id, patch),
  });
  const a = autosave.value;
  const set = (patch: Partial<Availability>) => autosave.change({ ...a, ...patch });
  return (
    <Field id={id} label="Disponibilité" error={autosave.error}>
      <select id={id} value={a.kind} onChange={(e) => set({ kind: e.currentTarget.value as Availability['kind'] })}>
        {AVAILABILITIES.map((k) => (
          <option key={k} value={k}>
            {AVAILABILITY_LABELS[k]}
          </option>
        ))}
      </select>
      {a.kind === 'seasonal' && (
        <div class="months" role="group" aria-label="Mois de disponibilité">
          {MONTHS.map((m, i) => {
            const month = i + 1;
            const on = a.months.includes(month);
            return (
              <button
                key={m}
                type="button"
                class={`chip${on ? ' on' : ''}`}
                aria-pressed={on}
                onClick={() => set({ months: on ? a.months.filter((x) => x !== month) : [...a.months, month].sort((x, y) => x - y) })}
              >
                {m}
              </button>
            );
          })}
        </div>
      )}
      {a.kind === 'dates' && (
        <div class="row">
          <label>
            Du <input type="date" value={a.from ?? ''} onChange={(e) => set({ from: e.currentTarget.value || undefined })} />
          </label>
          <label>
            au <input type="date" value={a.to ?? ''} onChange={(e) => set({ to: e.currentTarget.value || undefined })} />
          </label>
        </div>
      )}
    </Field>
  );
}
