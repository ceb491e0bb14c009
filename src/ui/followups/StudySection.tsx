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
      <select id={props.id} value={props.value} disabled={props.disabled} onChange={(e) => props.onChange(e.currentTarget.value as CheckState)}>
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

export function StudySection(props: {
  followup: Followup;
  canDecide: boolean;
  onStudy: (study: Study) => Promise<void>;
  onChecks: (checks: Checks) => Promise<void>;
}) {
  const { study, checks } = props.followup;
  return (
    <section class="fu-section" aria-labelledby="fu-study-h">
      <h2 id="fu-study-h">Étude et vérifications</h2>
      <fieldset>
        <legend>Axes d’étude</legend>
        {STUDY_AXES.map((axis) => (
          <StateSelect
            key={axis}
            id={`fu-study-${axis}`}
            label={STUDY_AXIS_LABELS[axis]}
            value={study[axis]}
            disabled={!props.canDecide}
            onChange={(v) => void saving(props.onStudy({ ...study, [axis]: v }))}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>Vérifications réglementaires</legend>
        {REGULATORY_CHECKS.map((check) => (
          <StateSelect
            key={check}
            id={`fu-check-${check}`}
            label={REGULATORY_CHECK_LABELS[check]}
            value={checks[check]}
            disabled={!props.canDecide}
            onChange={(v) => void saving(props.onChecks({ ...checks, [check]: v }))}
          />
        ))}
      </fieldset>
    </section>
  );
}
