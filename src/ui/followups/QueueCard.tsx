// A proposal waiting for a decision: kind, score, distance, resources, the sentence (a link to the
// synergy's page) and the one-tap decisions.
import { SYNERGY_KIND_LABELS, type Followup, type Synergy } from '../../domain';
import { synergyHref } from '../router';
import { distanceLabel } from '../synergies/synergy-filters';
import { DecisionButtons } from './DecisionButtons';
import { frDay, resourceLabel } from './format';

/** `back`: the follow-up of a lead put off until today or before (« Plus tard »), back to treat. */
export function QueueCard({ synergy, canDecide, back }: { synergy: Synergy; canDecide: boolean; back?: Followup | undefined }) {
  const titleId = `queue-${synergy.id}`;
  return (
    <li class="fu-card" aria-labelledby={titleId}>
      <div class="fu-card-head">
        <span class={`syn-badge syn-badge-${synergy.kind}`}>{SYNERGY_KIND_LABELS[synergy.kind]}</span>
        <span class="syn-score" aria-label={`Score ${synergy.score} sur 100`}>
          {synergy.score}
        </span>
        <span class="muted">{distanceLabel(synergy.distanceKm, synergy.approximatePlace)}</span>
        <span class="muted fu-resources">{synergy.resourceCodes.map(resourceLabel).join(', ')}</span>
      </div>
      <a id={titleId} class="fu-sentence" href={synergyHref(synergy.id)}>
        {synergy.explanation}
      </a>
      {back?.onHold && (
        <p class="notice fu-back" data-testid="back-from-wait">
          De retour : mise en attente jusqu’au {frDay(back.onHold.until!)} — {back.onHold.reason}
        </p>
      )}
      {canDecide && <DecisionButtons synergy={synergy} />}
    </li>
  );
}
