// All proposed synergies, filtered and sorted, with a "Recalculer" button that shows its progress.
import { useState } from 'preact/hooks';
import { FAMILIES, FAMILY_LABELS, SYNERGY_KINDS, SYNERGY_KIND_LABELS, type Family, type SynergyKind } from '../../domain';
import { db } from '../../db/database';
import { rematchAll } from '../../matching/store';
import { EmptyState } from '../components/empty-state';
import { useLiveQuery } from '../hooks/use-live-query';
import { SynergyCard } from './SynergyCard';
import { NO_FILTERS, filterSynergies, type SynergyFilters } from './synergy-filters';
import './synergies.css';

/** Enough for a workshop screen; more is a sign the filters should narrow it. */
const SHOWN = 200;

type RunProgress = { phase: 'matching' | 'saving'; done: number; total: number };

const fr = (n: number) => n.toLocaleString('fr-FR');

/** Both phases of a full run: the matching in the worker, then the records written as they arrive. */
function progressText(p: RunProgress): string {
  return p.phase === 'matching' ? 'Recherche des synergies…' : `Enregistrement : ${fr(p.done)} / ${fr(p.total)}`;
}

function Recompute() {
  const [progress, setProgress] = useState<RunProgress | undefined>();
  const [error, setError] = useState<string | undefined>();
  const run = async () => {
    setError(undefined);
    setProgress({ phase: 'matching', done: 0, total: 0 });
    try {
      await rematchAll(
        (done, total) => setProgress({ phase: 'matching', done, total }),
        undefined,
        (done, total) => setProgress({ phase: 'saving', done, total }),
      );
    } catch (e) {
      // Superseded by a newer full run (another tab action or the first auto-rematch): not a failure.
      if (!(e instanceof DOMException && e.name === 'AbortError')) {
        setError(`Le recalcul a échoué : ${e instanceof Error ? e.message : String(e)}`);
      }
    } finally {
      setProgress(undefined);
    }
  };
  return (
    <div class="syn-toolbar">
      <button type="button" class="btn btn-primary" onClick={run} disabled={progress !== undefined}>
        {progress ? 'Calcul en cours…' : 'Recalculer'}
      </button>
      {progress && (
        <span class="syn-progress" role="status">
          <progress max={progress.total || undefined} value={progress.total ? progress.done : undefined} />
          {progressText(progress)}
        </span>
      )}
      {error && (
        <p class="syn-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function Filters({ value, onChange }: { value: SynergyFilters; onChange: (next: SynergyFilters) => void }) {
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
            <option value={k}>{SYNERGY_KIND_LABELS[k]}</option>
          ))}
        </select>
      </label>
      <label>
        Famille
        <select value={value.family} onChange={(e) => set('family', e.currentTarget.value as Family | '')}>
          <option value="">Toutes</option>
          {FAMILIES.map((f) => (
            <option value={f}>{FAMILY_LABELS[f]}</option>
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
      <label>
        Score minimum
        <input type="number" inputMode="numeric" min={0} max={100} step={5} value={value.minScore}
          onInput={(e) => set('minScore', Number(e.currentTarget.value) || 0)} />
      </label>
      <label>
        Distance maximale (km)
        <input type="number" inputMode="numeric" min={0} step={1} value={value.maxDistanceKm || ''} placeholder="Sans limite"
          onInput={(e) => set('maxDistanceKm', Number(e.currentTarget.value) || 0)} />
      </label>
      <label>
        Trier par
        <select value={value.sort} onChange={(e) => set('sort', e.currentTarget.value as SynergyFilters['sort'])}>
          <option value="score">Score</option>
          <option value="distance">Distance</option>
        </select>
      </label>
    </fieldset>
  );
}

export function SynergiesPage() {
  const [filters, setFilters] = useState<SynergyFilters>(NO_FILTERS);
  const all = useLiveQuery(() => db().synergies.toArray(), []);
  const synergies = all.data ?? [];
  const shown = filterSynergies(synergies, filters);

  return (
    <div class="page">
      <header class="page-header">
        <h1>Synergies</h1>
      </header>
      <Recompute />
      {all.loading ? (
        <p class="loading">Chargement…</p>
      ) : synergies.length === 0 ? (
        <EmptyState title="Aucune synergie pour l’instant">
          <p>
            Lors des visites, enregistrez ce que chaque entreprise achète ou cherche (besoins) et ce qu’elle a à donner (offres) :
            cartons, palettes, chaleur, eau, formations, covoiturage… Les synergies apparaissent dès que deux entreprises
            proches ont des flux compatibles.
          </p>
          <p class="muted">
            Pour mesurer les distances, localisez l’entreprise ou indiquez sa zone d’activités : sans l’une ni l’autre, elle ne
            peut pas être rapprochée.
          </p>
          <a class="btn" href="#/entreprises">
            Voir les entreprises
          </a>
        </EmptyState>
      ) : (
        <>
          <Filters value={filters} onChange={setFilters} />
          <p class="syn-count" aria-live="polite">
            {shown.length.toLocaleString('fr-FR')} synergie{shown.length > 1 ? 's' : ''} sur {synergies.length.toLocaleString('fr-FR')}
            {shown.length > SHOWN && ` — les ${SHOWN} premières sont affichées, affinez les filtres`}
          </p>
          {shown.length === 0 ? (
            <p>Aucune synergie ne correspond à ces filtres.</p>
          ) : (
            <ul class="syn-list">
              {shown.slice(0, SHOWN).map((s) => (
                <SynergyCard key={s.id} synergy={s} />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
