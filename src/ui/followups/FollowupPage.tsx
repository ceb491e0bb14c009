// `#/suivi/<id>`: one follow-up on its own page, whether or not the matcher still proposes its
// synergy (the snapshot stands in when it does not).
import { getFollowup } from '../../db/followups';
import { EmptyState } from '../components/empty-state';
import { lazyComponent } from '../components/lazy';
import { useLiveQuery } from '../hooks/use-live-query';
import { MapTabs } from '../map/MapTabs';
import { useResultsVersion } from '../hooks/use-results-version';
import { DeleteFollowupButton } from './DeleteFollowupButton';
import { FollowupPanel } from './FollowupPanel';
import { SinceDecision } from './SinceDecision';
import { SnapshotView } from './SnapshotView';
import { synergyHref } from '../router';
import { currentSynergyOf } from './synergy-source';
import { useRights } from './use-rights';

const FollowupMap = lazyComponent(() => import('../map/FollowupMap').then((m) => m.FollowupMap));

export function FollowupPage({ id }: { id: string }) {
  const rights = useRights();
  // Whether the matcher still proposes it changes with its held result, not with a table.
  const results = useResultsVersion();
  const result = useLiveQuery(async () => {
    const followup = await getFollowup(id);
    if (!followup) return undefined;
    // A group may have gained or lost members since the decision: it is still the same group.
    const current = await currentSynergyOf(followup);
    return { followup, current, stillProposed: current !== undefined };
  }, [id, results]);

  if (result.loading) return <p class="loading">Chargement…</p>;
  if (result.error) {
    return (
      <p class="form-error" role="alert">
        Ce suivi n’a pas pu être lu : {result.error.message}
      </p>
    );
  }
  if (!result.data) {
    return (
      <EmptyState title="Suivi introuvable">
        <p>Il n’est pas (encore) sur cet appareil : une synchronisation l’apportera peut-être.</p>
        <a class="btn" href="#/suivi/pipeline">
          Voir le pipeline
        </a>
      </EmptyState>
    );
  }
  const { followup, current, stillProposed } = result.data;
  return (
    <div class="page fu-page">
      <header class="page-header">
        <h1>Suivi de la synergie</h1>
        <div class="actions">
          {current && (
            <a class="btn" href={synergyHref(current.id)}>
              Détail du calcul
            </a>
          )}
          {current && (
            <a class="btn" href={`#/carte?synergie=${encodeURIComponent(current.id)}`}>
              Carte
            </a>
          )}
          <a class="btn" href={`#/suivi/${followup.id}/fiche`}>
            Fiche à imprimer
          </a>
          <a class="btn btn-light" href="#/suivi/pipeline">
            Pipeline
          </a>
          {rights.canDecide && <DeleteFollowupButton id={followup.id} />}
        </div>
      </header>
      <MapTabs
        label="La synergie suivie : détail ou carte"
        firstLabel="Synergie"
        first={<SnapshotView followup={followup} stillProposed={stillProposed} />}
        map={() => <FollowupMap followup={followup} current={current} />}
      />
      <SinceDecision followup={followup} current={current} />
      <FollowupPanel followup={followup} />
    </div>
  );
}
