// « En étude »: the technical, economic and regulatory axes, and the French waste-law checks with
// their articles. Each choice is saved at once.
import {
  CHECK_STATES,
  CHECK_STATE_LABELS,
  REGULATORY_CHECKS,
  REGULATORY_CHECK_LABELS,
  STUDY_AXES,
  STUDY_AXIS_LABELS,
  type CheckState,
  type Followup,
} from '../../domain';
import { errorMessage } from '../autosave/use-autosave';
import { showToast } from '../components/toasts';

type Study = Followup['study'];
type Checks = Followup['checks'];

function StateSelect(props: { id: string; label: string; value: CheckState; disabled: boolean; onChange: (v: CheckState) => void }) {
  return (
    <div class={`fu-check fu-check-${props.value}`}>
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.currentTarget.value as CheckState)}
      >
        {CHECK_STATES.map((s) => (
          <option key={s} value={s}>
            {CHECK_STATE_LABELS[s]}
          </option>
        ))}
      </select>
    </div>
  );
}

const saving = (p: Promise<unknown>) => p.catch((e) => showToast(`Non enregistré : ${errorMessage(e)}`, { kind: 'error' }));

/** One group of states (the study axes, or the checks), each saved at once with the others kept. */
function StateGroup<K extends string>(props: {
  legend: string;
  idPrefix: string;
  keys: readonly K[];
  labels: Record<K, string>;
  values: Record<K, CheckState>;
  disabled: boolean;
  onSave: (values: Record<K, CheckState>) => Promise<void>;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.keys.map((k) => (
        <StateSelect
          key={k}
          id={`${props.idPrefix}-${k}`}
          label={props.labels[k]}
          value={props.values[k]}
          disabled={props.disabled}
          onChange={(v) => void saving(props.onSave({ ...props.values, [k]: v }))}
        />
      ))}
    </fieldset>
  );
}

export function StudySection(props: {
  followup: Followup;
  canDecide: boolean;
  onStudy: (study: Study) => Promise<void>;
  onChecks: (checks: Checks) => Promise<void>;
}) {
  const { study, checks } = props.followup;
  const disabled = !props.canDecide;
  return (
    <section class="fu-section" aria-labelledby="fu-study-h">
      <h2 id="fu-study-h">Étude et vérifications</h2>
      <StateGroup
        legend="Axes d’étude"
        idPrefix="fu-study"
        keys={STUDY_AXES}
        labels={STUDY_AXIS_LABELS}
        values={study}
        disabled={disabled}
        onSave={props.onStudy}
      />
      <StateGroup
        legend="Vérifications réglementaires"
        idPrefix="fu-check"
        keys={REGULATORY_CHECKS}
        labels={REGULATORY_CHECK_LABELS}
        values={checks}
        disabled={disabled}
        onSave={props.onChecks}
      />
    </section>
  );
}
