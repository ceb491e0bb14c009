// The filter bar of « À traiter »: kind and family (each with its count), a search by company or
// resource (sent to the worker once typing pauses), minimum score, maximum distance, and the sort.
import { useEffect, useRef, useState } from 'preact/hooks';
import { FAMILIES, FAMILY_LABELS, SYNERGY_KINDS, SYNERGY_KIND_LABELS, type Family, type SynergyKind } from '../../domain';
import type { SynergyCounts } from '../../matching/store';
import { QUEUE_NO_FILTERS, isFiltered, type QueueFilters } from './queue-filters';
import { ReachFields } from '../components/reach-fields';

const withCount = (label: string, n: number | undefined) => (n === undefined ? label : `${label} (${n.toLocaleString('fr-FR')})`);
/** Typing pauses this long before the worker is asked (one query per word, not per letter). */
export const SEARCH_PAUSE_MS = 250;

export function QueueFiltersForm(props: {
  value: QueueFilters;
  counts: SynergyCounts | undefined;
  onChange: (next: QueueFilters) => void;
}) {
  const { value, counts, onChange } = props;
  const set = <K extends keyof QueueFilters>(key: K, v: QueueFilters[K]) => onChange({ ...value, [key]: v });
  const [typed, setTyped] = useState(value.search);
  // The search cleared from outside (« Effacer les filtres »): the box follows, during render (an
  // effect would run late and could undo a letter typed meanwhile).
  const [applied, setApplied] = useState(value.search);
  if (applied !== value.search) {
    setApplied(value.search);
    setTyped(value.search);
  }
  // Another filter changed while typing: the search joins the latest filters, not those it started with.
  const latest = useRef(value);
  latest.current = value;
  useEffect(() => {
    if (typed === value.search) return;
    const timer = setTimeout(() => onChange({ ...latest.current, search: typed }), SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  return (
    <fieldset class="fu-filters fu-queue-filters" role="search" aria-label="Filtres des synergies à traiter">
      <label>
        Entreprise ou ressource
        <input type="search" value={typed} placeholder="Nom, ressource…" onInput={(e) => setTyped(e.currentTarget.value)} />
      </label>
      <label>
        Nature
        <select value={value.kind} onChange={(e) => set('kind', e.currentTarget.value as SynergyKind | '')}>
          <option value="">Toutes</option>
          {SYNERGY_KINDS.map((k) => (
            <option key={k} value={k}>
              {withCount(SYNERGY_KIND_LABELS[k], counts?.kinds[k])}
            </option>
          ))}
        </select>
      </label>
      <label>
        Famille
        <select value={value.family} onChange={(e) => set('family', e.currentTarget.value as Family | '')}>
          <option value="">Toutes</option>
          {FAMILIES.map((f) => (
            <option key={f} value={f}>
              {withCount(FAMILY_LABELS[f], counts?.families[f])}
            </option>
          ))}
        </select>
      </label>
      <ReachFields minScore={value.minScore} maxDistanceKm={value.maxDistanceKm} onChange={set} />
      <label>
        Trier par
        <select value={value.sort} onChange={(e) => set('sort', e.currentTarget.value as QueueFilters['sort'])}>
          <option value="score">Score</option>
          <option value="distance">Distance</option>
          <option value="recent">Les plus récentes</option>
        </select>
      </label>
      {isFiltered(value) && (
        <button type="button" class="btn btn-light" onClick={() => onChange({ ...QUEUE_NO_FILTERS, sort: value.sort })}>
          Effacer les filtres
        </button>
      )}
    </fieldset>
  );
}
