// « À traiter »: proposals of the person's territories not yet decided, best score first, a page
// at a time, each with its one-tap decisions.
import { useState } from 'preact/hooks';
import { FOLLOWUP_STATUSES } from '../../domain';
import { decidedSynergyIds, followupsBackOn } from '../../db/followups';
import { backBySynergy } from './back-from-wait';
import { EmptyState } from '../components/empty-state';
import { useLiveQuery } from '../hooks/use-live-query';
import { useResultsVersion } from '../hooks/use-results-version';
import { plural, todayIso } from './format';
import { QueueCard } from './QueueCard';
import { SuiviHeader } from './SuiviHeader';
import { proposalsPage } from './synergy-source';
import { useRights } from './use-rights';

export const QUEUE_PAGE_SIZE = 20;
/** A follow-up still « Proposée » (opened for a note, say) leaves the proposal in the queue. */
const DECIDED = FOLLOWUP_STATUSES.filter((s) => s !== 'proposed');

export function QueuePage() {
  const rights = useRights();
  const [limit, setLimit] = useState(QUEUE_PAGE_SIZE);
  const scope = rights.territoryIds?.join(',');
  const results = useResultsVersion();
  const today = todayIso();
  const page = useLiveQuery(async () => {
    // A lead put off until today or before is back, its card saying why it waited.
    const excludeIds = new Set(await decidedSynergyIds(DECIDED, today));
    const [proposals, back] = await Promise.all([
      proposalsPage({ territoryIds: rights.territoryIds, excludeIds, offset: 0, limit }),
      followupsBackOn(today),
    ]);
    return { ...proposals, back: backBySynergy(back) };
  }, [scope, limit, results, today]);
  const items = page.data?.items ?? [];
  const total = page.data?.total;

  return (
    <div class="page">
      <SuiviHeader current="queue" queueCount={total} />
      {!rights.canDecide && <p class="notice">{rights.readOnlyReason}</p>}
      {page.error ? (
        <p class="form-error" role="alert">
          Les propositions n’ont pas pu être lues : {page.error.message}
        </p>
      ) : page.loading ? (
        <p class="loading">Chargement…</p>
      ) : items.length === 0 ? (
        <EmptyState title="Rien à traiter">
          <p>
            Toutes les synergies proposées par le calcul sur vos territoires ont reçu une décision. Les nouvelles propositions
            apparaîtront ici après les prochaines visites.
          </p>
          <a class="btn" href="#/suivi/pipeline">
            Voir le pipeline
          </a>
        </EmptyState>
      ) : (
        <>
          <p class="syn-count" aria-live="polite">
            {plural(total ?? 0, 'synergie à traiter', 'synergies à traiter')}, la meilleure d’abord
          </p>
          <ul class="fu-list" aria-label="Synergies à traiter">
            {items.map((s) => (
              <QueueCard key={s.id} synergy={s} canDecide={rights.canDecide} back={page.data?.back.get(s.id)} />
            ))}
          </ul>
          {total !== undefined && total > items.length && (
            <button type="button" class="btn fu-more" onClick={() => setLimit(limit + QUEUE_PAGE_SIZE)}>
              Afficher {Math.min(QUEUE_PAGE_SIZE, total - items.length)} de plus ({items.length} sur {total.toLocaleString('fr-FR')})
            </button>
          )}
        </>
      )}
    </div>
  );
}
