// The synergy list's filters as the page holds them, and the worker query they ask for.
import type { Family, SynergyKind } from '../../domain';
import type { SynergyQuery } from '../../matching/store';

export interface SynergyFilters {
  kind: SynergyKind | '';
  family: Family | '';
  territoryId: string;
  minScore: number;
  /** Km; 0 means no limit. */
  maxDistanceKm: number;
  sort: 'score' | 'distance' | 'stake';
  /** Synergies a referent set aside (Écartée) are hidden unless asked for: decisions stick. */
  showRejected: boolean;
}

export const NO_FILTERS: SynergyFilters = {
  kind: '',
  family: '',
  territoryId: '',
  minScore: 0,
  maxDistanceKm: 0,
  sort: 'score',
  showRejected: false,
};

/** The query for one page of the list (`offset` synergies skipped). */
export function toQuery(f: SynergyFilters, offset: number, limit: number, rejectedIds: ReadonlySet<string> = new Set()): SynergyQuery {
  return {
    excludeIds: f.showRejected || rejectedIds.size === 0 ? undefined : [...rejectedIds],
    kind: f.kind || undefined,
    family: f.family || undefined,
    territoryIds: f.territoryId ? [f.territoryId] : undefined,
    minScore: f.minScore > 0 ? Math.min(f.minScore, 100) : undefined,
    maxDistanceKm: f.maxDistanceKm > 0 ? f.maxDistanceKm : undefined,
    sort: f.sort,
    offset,
    limit,
  };
}

/** "4 km", "moins de 1 km", "même zone". */
/** « position approchée » when a company is placed only by its park or territory: no distance to print. */
export function distanceLabel(km: number, approximatePlace?: boolean): string {
  if (approximatePlace) return 'position approchée';
  if (km === 0) return 'même zone';
  if (km < 1) return 'moins de 1 km';
  return `${Math.round(km).toLocaleString('fr-FR')} km`;
}
