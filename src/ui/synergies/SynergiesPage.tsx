// All proposed synergies, filtered and sorted by the worker that holds them, one page at a time,
// with a "Recalculer" button that shows its progress. Just after the app starts, the list kept by
// the previous start shows at once, saying so, until the worker's own result replaces it.
import { useState } from 'preact/hooks';
import { decidedSynergyIds } from '../../db/followup-queries';
import { querySynergies, type KeptState } from '../../matching/store';
import { useLiveQuery } from '../hooks/use-live-query';
import { EmptyState } from '../components/empty-state';
import { FiltersForm } from './FiltersForm';
import { Recompute } from './Recompute';
import { SynergyCard } from './SynergyCard';
import { NO_FILTERS, toQuery, type SynergyFilters } from './synergy-filters';
import { useHeldSynergies } from './use-held-synergies';
import './synergies.css';

/** A screenful on a tablet; the rest is one tap away. */
export const PAGE_SIZE = 50;

const fr = (n: number) => n.toLocaleString('fr-FR');

function NoSynergyYet() {
  return (
    <EmptyState title="Aucune synergie pour l’instant">
      <p>
        Lors des visites, enregistrez ce que chaque entreprise achète ou cherche (besoins) et ce qu’elle a à donner (offres) : cartons,
        palettes, chaleur, eau, formations, covoiturage… Les synergies apparaissent dès que deux entreprises proches ont des flux
        compatibles.
      </p>
      <p class="muted">
        Pour mesurer les distances, localisez l’entreprise ou indiquez sa zone d’activités : sans l’une ni l’autre, elle ne peut pas être
        rapprochée.
      </p>
      <a class="btn" href="#/entreprises">
        Voir les entreprises
      </a>
    </EmptyState>
  );
}

function Pager({ offset, total, onMove }: { offset: number; total: number; onMove: (offset: number) => void }) {
  if (total <= PAGE_SIZE) return null;
  const last = Math.min(offset + PAGE_SIZE, total);
  return (
    <nav class="syn-pager" aria-label="Pages de synergies">
      <button type="button" class="btn" disabled={offset === 0} onClick={() => onMove(Math.max(0, offset - PAGE_SIZE))}>
        Précédentes
      </button>
      <span>
        {fr(offset + 1)}–{fr(last)} sur {fr(total)}
      </span>
      <button type="button" class="btn" disabled={last >= total} onClick={() => onMove(offset + PAGE_SIZE)}>
        Suivantes
      </button>
    </nav>
  );
}

const when = (ms: number) => new Date(ms).toLocaleString('fr-FR', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

/** Says that the list shown is the one kept from the last computation, and whether it may differ. */
function KeptNotice({ kept, asking }: { kept: KeptState; asking: boolean }) {
  return (
    <p class="syn-kept" role="status">
      {asking
        ? 'Calcul des synergies en cours : la liste s’affichera avec ces filtres dès qu’il sera terminé.'
        : kept.current
          ? `Liste du dernier calcul (${when(kept.computedAt)}), données inchangées depuis ; mise à jour en cours…`
          : `Liste du dernier calcul (${when(kept.computedAt)}) : des entreprises, des flux ou les règles ont changé depuis, elle peut être dépassée. Mise à jour en cours…`}
    </p>
  );
}

export function SynergiesPage() {
  const [filters, setFilters] = useState<SynergyFilters>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  // Decisions stick: what a referent set aside is not shown as new after a rematch.
  const rejected = useLiveQuery(() => decidedSynergyIds(['rejected']), []).data;
  const rejectedKey = rejected ? [...rejected].sort().join(',') : '';
  const result = useHeldSynergies(
    () => querySynergies(toQuery(filters, offset, PAGE_SIZE, rejected), { keep: true }),
    [filters, offset, rejectedKey],
  );
  const page = result.data;
  // A kept page while another question waits for the run: it does not answer that question.
  const keptOutdated = page?.kept !== undefined && result.pending;
  // A page past the end (the result shrank after an update): back to the last one.
  if (page && offset > 0 && offset >= page.total) setOffset(Math.max(0, Math.floor((page.total - 1) / PAGE_SIZE) * PAGE_SIZE));
  const changeFilters = (next: SynergyFilters) => {
    setFilters(next);
    setOffset(0);
  };
  const move = (next: number) => {
    setOffset(next);
    window.scrollTo?.({ top: 0 });
  };

  return (
    <div class="page">
      <header class="page-header">
        <h1>Synergies</h1>
      </header>
      <Recompute />
      {result.error ? (
        <p class="syn-error" role="alert">
          Synergies indisponibles : {result.error.message}
        </p>
      ) : !page ? (
        <p class="loading">Chargement des synergies…</p>
      ) : page.held === 0 ? (
        <NoSynergyYet />
      ) : (
        <>
          <FiltersForm value={filters} counts={page.counts} onChange={changeFilters} />
          {page.kept && <KeptNotice kept={page.kept} asking={keptOutdated} />}
          {keptOutdated ? null : (
            <p class="syn-count" aria-live="polite">
              {fr(page.total)} synergie{page.total > 1 ? 's' : ''} sur {fr(page.held)}
            </p>
          )}
          {keptOutdated ? null : page.total === 0 ? (
            <p>Aucune synergie ne correspond à ces filtres.</p>
          ) : (
            <>
              <ul class="syn-list">
                {page.items.map((s) => (
                  <SynergyCard key={s.id} synergy={s} />
                ))}
              </ul>
              <Pager offset={offset} total={page.total} onMove={move} />
            </>
          )}
        </>
      )}
    </div>
  );
}
