// Filtering and sorting of the synergy list, kept pure so the page stays a thin view.
import type { Family, Synergy, SynergyKind } from '../../domain';

export interface SynergyFilters {
  kind: SynergyKind | '';
  family: Family | '';
  territoryId: string;
  minScore: number;
  /** Km; 0 means no limit. */
  maxDistanceKm: number;
  sort: 'score' | 'distance';
}

export const NO_FILTERS: SynergyFilters = { kind: '', family: '', territoryId: '', minScore: 0, maxDistanceKm: 0, sort: 'score' };

export function filterSynergies(all: readonly Synergy[], f: SynergyFilters): Synergy[] {
  const kept = all.filter(
    (s) =>
      (!f.kind || s.kind === f.kind) &&
      (!f.family || s.family === f.family) &&
      (!f.territoryId || s.territoryIds.includes(f.territoryId)) &&
      s.score >= f.minScore &&
      (!f.maxDistanceKm || s.distanceKm <= f.maxDistanceKm),
  );
  return kept.sort((a, b) =>
    f.sort === 'distance'
      ? a.distanceKm - b.distanceKm || b.score - a.score || (a.id < b.id ? -1 : 1)
      : b.score - a.score || a.distanceKm - b.distanceKm || (a.id < b.id ? -1 : 1),
  );
}

/** "4 km", "moins de 1 km", "même zone". */
export function distanceLabel(km: number): string {
  if (km === 0) return 'même zone';
  if (km < 1) return 'moins de 1 km';
  return `${Math.round(km).toLocaleString('fr-FR')} km`;
}
