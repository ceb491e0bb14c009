// The pipeline per territory: how many follow-ups stand at each status (counters following the
// filters), then the cards of the chosen status or of all, filtered by assignee and due date, a page
// at a time; next actions overdue anywhere in the pipeline are one tap away.
import { useState } from 'preact/hooks';
import { FOLLOWUP_STATUSES, type FollowupStatus } from '../../domain';
import { db } from '../../db/database';
import { countByStatus, listFollowups } from '../../db/followups';
import { EmptyState } from '../components/empty-state';
import { useLiveQuery } from '../hooks/use-live-query';
import { FollowupCard } from './FollowupCard';
import { plural, statusLabel } from './format';
import { DEFAULT_FILTERS, dueBefore, statusesOf, type PipelineFilters } from './pipeline-filters';
import { SuiviHeader } from './SuiviHeader';
import { useMe } from './use-me';
import { useRights } from './use-rights';

export const PIPELINE_PAGE_SIZE = 25;

const sum = (counts: Record<FollowupStatus, number>) => FOLLOWUP_STATUSES.reduce((n, s) => n + counts[s], 0);

export function PipelinePage() {
  const rights = useRights();
  const me = useMe();
  const [filters, setFilters] = useState<PipelineFilters>(DEFAULT_FILTERS);
  const [offset, setOffset] = useState(0);
  const set = (patch: Partial<PipelineFilters>) => {
    setOffset(0);
    setFilters({ ...filters, ...patch });
  };
  const territories = useLiveQuery(() => db().territories.toArray(), []).data ?? [];
  const mine = territories.filter((t) => !t.deleted && (!rights.territoryIds || rights.territoryIds.includes(t.id)));
  const scope = filters.territoryId ? [filters.territoryId] : rights.territoryIds ? [...rights.territoryIds] : undefined;
  const scopeKey = scope?.join(',');
  const assigneeId = filters.assignee === 'me' ? me?.id : undefined;
  const due = dueBefore(filters.due);
  // The counters follow the territory, assignee and due-date filters, like the list.
  const counts = useLiveQuery(() => countByStatus({ territoryIds: scope, assigneeId, dueBefore: due }), [scopeKey, assigneeId, due]).data;
  const overdue = useLiveQuery(
    () => countByStatus({ territoryIds: scope, assigneeId, dueBefore: dueBefore('overdue') }),
    [scopeKey, assigneeId, dueBefore('overdue')],
  ).data;
  const overdueTotal = overdue ? sum(overdue) : 0;
  const page = useLiveQuery(
    () =>
      listFollowups({
        territoryIds: scope,
        statuses: statusesOf(filters.status),
        assigneeId,
        dueBefore: due,
        sort: due ? 'due' : 'updated',
        offset,
        limit: PIPELINE_PAGE_SIZE,
      }),
    [scopeKey, filters.status, assigneeId, due, offset],
  );
  const total = page.data?.total ?? 0;
  const listName = filters.status === 'all' ? 'Tous les statuts' : statusLabel(filters.status);

  return (
    <div class="page">
      <SuiviHeader current="pipeline" />
      <div class="fu-filters" role="search" aria-label="Filtres du pipeline">
        <label>
          Territoire
          <select value={filters.territoryId} onChange={(e) => set({ territoryId: e.currentTarget.value })}>
            <option value="">{rights.territoryIds ? 'Tous mes territoires' : 'Tous les territoires'}</option>
            {mine.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Responsable
          <select value={filters.assignee} onChange={(e) => set({ assignee: e.currentTarget.value as PipelineFilters['assignee'] })}>
            <option value="">Tout le monde</option>
            <option value="me">Moi</option>
          </select>
        </label>
        <label>
          Échéance
          <select value={filters.due} onChange={(e) => set({ due: e.currentTarget.value as PipelineFilters['due'] })}>
            <option value="">Toutes</option>
            <option value="overdue">En retard</option>
            <option value="week">Dans les 7 jours (ou en retard)</option>
          </select>
        </label>
      </div>
      {overdueTotal > 0 && !(filters.status === 'all' && filters.due === 'overdue') && (
        <p class="notice fu-overdue">
          <button type="button" class="btn btn-light" onClick={() => set({ status: 'all', due: 'overdue' })}>
            {plural(overdueTotal, 'prochaine action en retard', 'prochaines actions en retard')}, tous statuts confondus
          </button>
        </p>
      )}
      <nav class="fu-counts" aria-label="Statuts">
        <button
          type="button"
          class={`fu-count fu-status-all${filters.status === 'all' ? ' on' : ''}`}
          aria-pressed={filters.status === 'all'}
          onClick={() => set({ status: 'all' })}
        >
          <span class="fu-count-n">{(counts ? sum(counts) : 0).toLocaleString('fr-FR')}</span>
          <span>Tous</span>
        </button>
        {FOLLOWUP_STATUSES.map((s: FollowupStatus) => (
          <button
            key={s}
            type="button"
            class={`fu-count fu-status-${s}${filters.status === s ? ' on' : ''}`}
            aria-pressed={filters.status === s}
            onClick={() => set({ status: s })}
          >
            <span class="fu-count-n">{(counts?.[s] ?? 0).toLocaleString('fr-FR')}</span>
            {/* « Retenue (à étudier) » reads « Retenue » in a small chip; the full label is the card's. */}
            <span>{statusLabel(s).replace(/ \(.*\)$/, '')}</span>
          </button>
        ))}
      </nav>
      {page.loading ? (
        <p class="loading">Chargement…</p>
      ) : total === 0 ? (
        <EmptyState title={`Aucune synergie « ${listName} »`}>
          <p>{filters.assignee || filters.due ? 'Modifiez les filtres.' : 'Les décisions prises depuis « À traiter » apparaissent ici.'}</p>
        </EmptyState>
      ) : (
        <>
          <ul class="fu-list" aria-label={`Synergies « ${listName} »`}>
            {page.data!.items.map((f) => (
              <FollowupCard key={f.id} followup={f} />
            ))}
          </ul>
          {total > PIPELINE_PAGE_SIZE && (
            <div class="actions fu-pager">
              <button type="button" class="btn" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PIPELINE_PAGE_SIZE))}>
                ← Précédentes
              </button>
              <span class="muted">
                {offset + 1}–{Math.min(offset + PIPELINE_PAGE_SIZE, total)} sur {total.toLocaleString('fr-FR')}
              </span>
              <button
                type="button"
                class="btn"
                disabled={offset + PIPELINE_PAGE_SIZE >= total}
                onClick={() => setOffset(offset + PIPELINE_PAGE_SIZE)}
              >
                Suivantes →
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
