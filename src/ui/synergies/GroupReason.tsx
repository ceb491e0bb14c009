// « Pourquoi ces entreprises » : the rule that formed a mutualisation group, in the synergy's detail.
import type { Synergy } from '../../domain';
import { GROUP_REASONS } from '../../matching/scope';

export function GroupReason({ synergy }: { synergy: Pick<Synergy, 'kind' | 'groupRule'> }) {
  if (synergy.kind !== 'mutualisation') return null;
  return (
    <section class="syn-group-reason" aria-labelledby="syn-group-reason-title">
      <h2 id="syn-group-reason-title">Pourquoi ces entreprises</h2>
      <p>
        {synergy.groupRule
          ? GROUP_REASONS[synergy.groupRule]
          : 'Règle de regroupement non enregistrée : relancez le calcul des synergies pour l’afficher.'}
      </p>
    </section>
  );
}
