// What grade an offer is, and which grades a need accepts (« J'accepte… »); heat by temperature,
// steam by pressure. The matcher never pairs incompatible grades and says what to check when unsaid.
import { updateFlux } from '../../db/flux';
import { GRADE_KIND_LABELS, gradeChoicesFor, GRADES, type Flux, type GradeCode, type ResourceType } from '../../domain';
import { useAutosave } from '../autosave/use-autosave';
import { FluxField } from './flux-fields';

function AcceptedGrades({ flux, choices }: { flux: Flux; choices: GradeCode[] }) {
  const autosave = useAutosave<string>({
    table: 'flux',
    id: flux.id,
    slot: 'acceptedGrades',
    stored: (flux.acceptedGrades ?? []).join(','),
    toPatch: (value) => {
      const list = value.split(',').filter(Boolean) as GradeCode[];
      return { acceptedGrades: list.length ? list : undefined };
    },
    fromPatch: (patch) => ((patch.acceptedGrades as string[] | undefined) ?? []).join(','),
    save: (patch) => updateFlux(flux.id, patch),
  });
  const chosen = new Set(autosave.value.split(',').filter(Boolean));
  const toggle = (g: string, on: boolean) => {
    const next = choices.filter((c) => (c === g ? on : chosen.has(c)));
    autosave.change(next.join(','));
  };
  return (
    <fieldset class="grade-choices">
      <legend>J’accepte… (rien de coché : non précisé, à vérifier)</legend>
      {choices.map((g) => (
        <label key={g} class="checkbox">
          <input type="checkbox" name={`accepted-${g}`} checked={chosen.has(g)} onChange={(e) => toggle(g, e.currentTarget.checked)} />
          {GRADES[g].label}
        </label>
      ))}
      {autosave.error && <p class="error">{autosave.error}</p>}
    </fieldset>
  );
}

export function GradeFields({ flux, resource }: { flux: Flux; resource: ResourceType }) {
  const choices = gradeChoicesFor(resource);
  const kind = resource.gradeKind;
  const thermal = resource.thermal !== undefined;
  if (choices.length === 0 && !thermal && !resource.steam) return null;
  return (
    <div class="grade-fields">
      {choices.length > 0 && flux.direction === 'offer' && (
        <FluxField
          flux={flux}
          field="grade"
          label={kind ? `Qualité : ${GRADE_KIND_LABELS[kind]}` : 'Qualité'}
          kind="select"
          options={[{ value: '', label: 'Non précisée (à vérifier)' }, ...choices.map((g) => ({ value: g, label: GRADES[g].label }))]}
        />
      )}
      {choices.length > 0 && flux.direction === 'need' && <AcceptedGrades flux={flux} choices={choices} />}
      <div class="row">
        {thermal && (
          <FluxField
            flux={flux}
            field="temperatureC"
            label={flux.direction === 'offer' ? 'Température disponible (°C)' : 'Température requise (°C)'}
            kind="number"
          />
        )}
        {resource.steam && (
          <FluxField
            flux={flux}
            field="pressureBar"
            label={flux.direction === 'offer' ? 'Pression (bar)' : 'Pression requise (bar)'}
            kind="number"
          />
        )}
      </div>
    </div>
  );
}
