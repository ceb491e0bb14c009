// « À traiter »: proposals of the person's territories not yet decided, filtered, searched and
// sorted by the matching worker, a page at a time, each with its one-tap decisions.
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
import { QueueFiltersForm } from './QueueFiltersForm';
import { QUEUE_NO_FILTERS, QUEUE_SORT_LABELS, isFiltered, queueQuery, type QueueFilters } from './queue-filters';
import { proposalsPage } from './synergy-source';
import { useRights } from './use-rights';

export const QUEUE_PAGE_SIZE = 20;
/** A follow-up still « Proposée » (opened for a note, say) leaves the proposal in the queue. */
const DECIDED = FOLLOWUP_STATUSES.filter((s) => s !== 'proposed');

export function QueuePage() {
  const rights = useRights();
  const [limit, setLimit] = useState(QUEUE_PAGE_SIZE);
  const [filters, setFilters] = useState<QueueFilters>(QUEUE_NO_FILTERS);
  const filtered = isFiltered(filters);
  const filterKey = JSON.stringify(filters);
  const scope = rights.territoryIds?.join(',');
  const results = useResultsVersion();
  const today = todayIso();
  const page = useLiveQuery(async () => {
    // A lead put off until today or before is back, its card saying why it waited.
    const excludeIds = new Set(await decidedSynergyIds(DECIDED, today));
    const base = { territoryIds: rights.territoryIds, excludeIds, offset: 0 };
    const [proposals, all, back] = await Promise.all([
      proposalsPage({ ...base, ...queueQuery(filters), limit }),
      // The header counts everything to treat, whatever the filters.
      filtered ? proposalsPage({ ...base, limit: 0 }) : undefined,
      followupsBackOn(today),
    ]);
    return { ...proposals, toTreat: all?.total ?? proposals.total, back: backBySynergy(back) };
  }, [scope, limit, results, today, filterKey]);
  const items = page.data?.items ?? [];
  const total = page.data?.total;
  const changeFilters = (next: QueueFilters) => {
    setLimit(QUEUE_PAGE_SIZE);
    setFilters(next);
  };

  return (
    <div class="page">
      <SuiviHeader current="queue" queueCount={page.data?.toTreat} />
      {!rights.canDecide && <p class="notice">{rights.readOnlyReason}</p>}
      {page.error ? (
        <p class="form-error" role="alert">
          Les propositions n’ont pas pu être lues : {page.error.message}
        </p>
      ) : page.loading && !page.data ? (
        <p class="loading">Chargement…</p>
      ) : items.length === 0 && !filtered ? (
        <EmptyState title="Rien à traiter">
          <p>
            Toutes les synergies proposées par le calcul sur vos territoires ont reçu une décision. Les nouvelles propositions apparaîtront
            ici après les prochaines visites.
          </p>
          <a class="btn" href="#/suivi/pipeline">
            Voir le pipeline
          </a>
        </EmptyState>
      ) : (
        <>
          <QueueFiltersForm value={filters} counts={page.data?.counts} onChange={changeFilters} />
          <p class="syn-count" aria-live="polite">
            {plural(total ?? 0, 'synergie à traiter', 'synergies à traiter')}
            {filtered ? ` sur ${(page.data?.toTreat ?? 0).toLocaleString('fr-FR')}` : ''}, {QUEUE_SORT_LABELS[filters.sort]}
          </p>
          {items.length === 0 && <p class="muted">Aucune synergie à traiter ne correspond à ces filtres.</p>}
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
