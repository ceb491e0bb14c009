// « Depuis l'ouverture du suivi »: who joined or left the group and today's figures, shown beside
// the snapshot (follow-up page and fiche) when the matcher's current synergy differs from it.
import type { Followup, Synergy } from '../../domain';
import { companiesByIds } from '../../db/companies';
import { useLiveQuery } from '../hooks/use-live-query';
import { distanceLabel } from '../synergies/synergy-filters';
import { frDate } from './format';
import { sinceDecision } from './since-decision';

export function SinceDecision({ followup, current }: { followup: Followup; current: Synergy | undefined }) {
  const since = sinceDecision(followup.snapshot, current);
  const joinedKey = since?.joined.join(',') ?? '';
  const names = useLiveQuery(async () => {
    const found = new Map((await companiesByIds(since?.joined ?? [])).map((c) => [c.id, c.name]));
    return (since?.joined ?? []).map((id) => found.get(id) ?? 'Entreprise inconnue sur cet appareil');
  }, [joinedKey]);
  if (!since) return null;
  return (
    <section class="fu-section fu-since" aria-labelledby="fu-since-h" data-testid="since-decision">
      <h2 id="fu-since-h">Depuis l’ouverture du suivi ({frDate(followup.createdAt)})</h2>
      <dl class="details">
        {since.joined.length > 0 && (
          <>
            <dt>Ont rejoint le groupe</dt>
            <dd>{(names.data ?? []).join(', ')}</dd>
          </>
        )}
        {since.left.length > 0 && (
          <>
            <dt>Ont quitté le groupe</dt>
            <dd>{since.left.map((c) => c.name).join(', ')}</dd>
          </>
        )}
        {since.sentence && (
          <>
            <dt>Aujourd’hui, d’après les flux actuels</dt>
            <dd>{since.sentence}</dd>
          </>
        )}
        {since.score && (
          <>
            <dt>Score</dt>
            <dd>
              {since.score.now} / 100 aujourd’hui (à l’ouverture : {since.score.then})
            </dd>
          </>
        )}
        {since.distanceKm && (
          <>
            <dt>Distance</dt>
            <dd>
              {distanceLabel(since.distanceKm.now)} aujourd’hui (à l’ouverture : {distanceLabel(since.distanceKm.then)})
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
