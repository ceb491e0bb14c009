// The pipeline per territory: how many follow-ups stand at each status, then the cards of the
// chosen status, filtered by assignee and due date, a page at a time.
import { useState } from 'preact/hooks';
import { FOLLOWUP_STATUSES, type FollowupStatus } from '../../domain';
import { db } from '../../db/database';
import { countByStatus, listFollowups } from '../../db/followups';
import { EmptyState } from '../components/empty-state';
import { useLiveQuery } from '../hooks/use-live-query';
import { FollowupCard } from './FollowupCard';
import { statusLabel } from './format';
import { DEFAULT_FILTERS, dueBefore, type PipelineFilters } from './pipeline-filters';
import { SuiviHeader } from './SuiviHeader';
import { useMe } from './use-me';
import { useRights } from './use-rights';

export const PIPELINE_PAGE_SIZE = 25;

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
  const counts = useLiveQuery(() => countByStatus(scope), [scopeKey]).data;
  const page = useLiveQuery(
    () =>
      listFollowups({
        territoryIds: scope,
        statuses: [filters.status],
        assigneeId: filters.assignee === 'me' ? me?.id : undefined,
        dueBefore: dueBefore(filters.due),
        offset,
        limit: PIPELINE_PAGE_SIZE,
      }),
    [scopeKey, filters.status, filters.assignee, filters.due, me?.id, offset],
  );
  const total = page.data?.total ?? 0;

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
      <nav class="fu-counts" aria-label="Statuts">
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
        <EmptyState title={`Aucune synergie « ${statusLabel(filters.status)} »`}>
          <p>{filters.assignee || filters.due ? 'Modifiez les filtres.' : 'Les décisions prises depuis « À traiter » apparaissent ici.'}</p>
        </EmptyState>
      ) : (
        <>
          <ul class="fu-list" aria-label={`Synergies « ${statusLabel(filters.status)} »`}>
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
              <button type="button" class="btn" disabled={offset + PIPELINE_PAGE_SIZE >= total} onClick={() => setOffset(offset + PIPELINE_PAGE_SIZE)}>
                Suivantes →
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
