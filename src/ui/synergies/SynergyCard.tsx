// One synergy in a list: kind, score, distance and the sentence to read aloud; links to its page.
import { SYNERGY_KIND_LABELS, stakeText, type Synergy } from '../../domain';
import { synergyHref } from '../router';
import { distanceLabel } from './synergy-filters';

export function SynergyCard({ synergy }: { synergy: Synergy }) {
  return (
    <li>
      <a class="syn-card" href={synergyHref(synergy.id)}>
        <span class={`syn-badge syn-badge-${synergy.kind}`}>{SYNERGY_KIND_LABELS[synergy.kind]}</span>
        <span class="syn-score" aria-label={`Score ${synergy.score} sur 100`}>
          {synergy.score}
        </span>
        <span class="syn-distance">{distanceLabel(synergy.distanceKm, synergy.approximatePlace)}</span>
        <span class="syn-explanation">{synergy.explanation}</span>
        {synergy.stake && <span class="syn-stake">Enjeu estimé : {stakeText(synergy.stake)}</span>}
      </a>
    </li>
  );
}
