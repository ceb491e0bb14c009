// The filters of the synergy list; each choice shows how many synergies it would keep.
import { FAMILIES, FAMILY_LABELS, SYNERGY_KINDS, SYNERGY_KIND_LABELS, type Family, type SynergyKind } from '../../domain';
import { db } from '../../db/database';
import type { SynergyCounts } from '../../matching/store';
import { useLiveQuery } from '../hooks/use-live-query';
import type { SynergyFilters } from './synergy-filters';
import { ReachFields } from '../components/reach-fields';

const withCount = (label: string, n: number | undefined) => (n === undefined ? label : `${label} (${n.toLocaleString('fr-FR')})`);

export function FiltersForm({
  value,
  counts,
  onChange,
  hideSort,
}: {
  value: SynergyFilters;
  /** Of the synergies the other filters keep (absent while loading). */
  counts: SynergyCounts | undefined;
  onChange: (next: SynergyFilters) => void;
  /** Where the order means nothing (the map). */
  hideSort?: boolean;
}) {
  const territories = useLiveQuery(() => db().territories.toArray(), []).data ?? [];
  const set = <K extends keyof SynergyFilters>(key: K, v: SynergyFilters[K]) => onChange({ ...value, [key]: v });
  return (
    <fieldset class="syn-filters">
      <legend>Filtres</legend>
      <label>
        Nature
        <select value={value.kind} onChange={(e) => set('kind', e.currentTarget.value as SynergyKind | '')}>
          <option value="">Toutes</option>
          {SYNERGY_KINDS.map((k) => (
            <option value={k}>{withCount(SYNERGY_KIND_LABELS[k], counts?.kinds[k])}</option>
          ))}
        </select>
      </label>
      <label>
        Famille
        <select value={value.family} onChange={(e) => set('family', e.currentTarget.value as Family | '')}>
          <option value="">Toutes</option>
          {FAMILIES.map((f) => (
            <option value={f}>{withCount(FAMILY_LABELS[f], counts?.families[f])}</option>
          ))}
        </select>
      </label>
      <label>
        Territoire
        <select value={value.territoryId} onChange={(e) => set('territoryId', e.currentTarget.value)}>
          <option value="">Tous</option>
          {territories
            .filter((t) => !t.deleted)
            .map((t) => (
              <option value={t.id}>{t.name}</option>
            ))}
        </select>
      </label>
      <ReachFields minScore={value.minScore} maxDistanceKm={value.maxDistanceKm} onChange={set} />
      {!hideSort && (
        <label>
          Trier par
          <select value={value.sort} onChange={(e) => set('sort', e.currentTarget.value as SynergyFilters['sort'])}>
            <option value="score">Score</option>
            <option value="distance">Distance</option>
            <option value="stake">Enjeu (t CO2e/an, tonnes, MWh)</option>
          </select>
        </label>
      )}
      <label class="checkbox">
        <input type="checkbox" checked={value.showRejected} onChange={(e) => set('showRejected', e.currentTarget.checked)} />
        Afficher les écartées
      </label>
    </fieldset>
  );
}
