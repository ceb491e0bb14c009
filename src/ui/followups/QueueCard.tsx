// A proposal waiting for a decision: kind, score, distance, resources, the sentence (a link to the
// synergy's page) and the one-tap decisions.
import { SYNERGY_KIND_LABELS, type Synergy } from '../../domain';
import { synergyHref } from '../router';
import { distanceLabel } from '../synergies/synergy-filters';
import { DecisionButtons } from './DecisionButtons';
import { resourceLabel } from './format';

export function QueueCard({ synergy, canDecide }: { synergy: Synergy; canDecide: boolean }) {
  const titleId = `queue-${synergy.id}`;
  return (
    <li class="fu-card" aria-labelledby={titleId}>
      <div class="fu-card-head">
        <span class={`syn-badge syn-badge-${synergy.kind}`}>{SYNERGY_KIND_LABELS[synergy.kind]}</span>
        <span class="syn-score" aria-label={`Score ${synergy.score} sur 100`}>
          {synergy.score}
        </span>
        <span class="muted">{distanceLabel(synergy.distanceKm)}</span>
        <span class="muted fu-resources">{synergy.resourceCodes.map(resourceLabel).join(', ')}</span>
      </div>
      <a id={titleId} class="fu-sentence" href={synergyHref(synergy.id)}>
        {synergy.explanation}
      </a>
      {canDecide && <DecisionButtons synergy={synergy} />}
    </li>
  );
}
