// « À traiter »'s filters (kind, family, search by company or resource, minimum score, maximum
// distance) and sort (score, distance, newest), and the one worker query they make for a page.
import type { Family, SynergyKind } from '../../domain';
import type { ProposalsQuery } from './synergy-source';

export interface QueueFilters {
  kind: SynergyKind | '';
  family: Family | '';
  /** Company name or resource, as typed. */
  search: string;
  minScore: number;
  /** Km; 0 means no limit. */
  maxDistanceKm: number;
  sort: 'score' | 'distance' | 'recent';
}

export const QUEUE_NO_FILTERS: QueueFilters = { kind: '', family: '', search: '', minScore: 0, maxDistanceKm: 0, sort: 'score' };

export const QUEUE_SORT_LABELS: Record<QueueFilters['sort'], string> = {
  score: 'la meilleure d’abord',
  distance: 'la plus proche d’abord',
  recent: 'la plus récente d’abord',
};

export const isFiltered = (f: QueueFilters) =>
  f.kind !== '' || f.family !== '' || f.search.trim() !== '' || f.minScore > 0 || f.maxDistanceKm > 0;

/** The filters' part of a proposals query (territories, exclusions and paging come from the page). */
export function queueQuery(f: QueueFilters): Pick<ProposalsQuery, 'kind' | 'family' | 'search' | 'minScore' | 'maxDistanceKm' | 'sort'> {
  return {
    kind: f.kind || undefined,
    family: f.family || undefined,
    search: f.search.trim() || undefined,
    minScore: f.minScore > 0 ? Math.min(f.minScore, 100) : undefined,
    maxDistanceKm: f.maxDistanceKm > 0 ? f.maxDistanceKm : undefined,
    sort: f.sort,
  };
}
