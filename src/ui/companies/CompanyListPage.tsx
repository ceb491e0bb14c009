// The list of companies: search by name or SIRET, filter by territory.
import { useState } from 'preact/hooks';
import { db, listCompanies } from '../../db';
import { EmptyState } from '../components/empty-state';
import { useLiveQuery } from '../hooks/use-live-query';
import { useSession } from '../hooks/use-session-state';
import { territoryChoices } from './territory-choices';

/**
 * Cards drawn at first, then on demand: a programme holds thousands of companies, and drawing them
 * all made every change to the table (each page of a first sync) redraw thousands of cards.
 */
const SHOWN_STEP = 100;

export function CompanyListPage() {
  const [text, setText] = useState('');
  const [shown, setShown] = useState(SHOWN_STEP);
  const [chosenTerritory, setTerritoryId] = useState(() => sessionStorage.getItem('st-territory-filter') ?? '');
  const territories = useLiveQuery(() => db().territories.toArray(), []).data ?? [];
  // An advisor filters by their own territories only; a filter left by someone else is dropped.
  const filterChoices = territoryChoices(territories, useSession(), '');
  const territoryId = filterChoices.some((t) => t.id === chosenTerritory) ? chosenTerritory : '';
  const { data, loading } = useLiveQuery(() => listCompanies({ text, territoryId: territoryId || undefined }), [text, territoryId]);
  const territoryName = (id: string) => territories.find((t) => t.id === id)?.name ?? id;
  const companies = data?.companies ?? [];
  const shownIds = companies.slice(0, shown).map((c) => c.id);
  // Flux counted for the cards drawn only, one index read per company: reading a region's 100,000
  // flux held the page's thread for a second, and reran after each page of a first sync.
  const fluxCounts = useLiveQuery(async () => {
    const lists = await Promise.all(shownIds.map((id) => db().flux.where('companyId').equals(id).toArray()));
    return new Map(shownIds.map((id, i) => [id, lists[i]!.filter((f) => !f.deleted).length]));
  }, [shownIds.join(',')]).data;
  const filtering = text !== '' || territoryId !== '';

  return (
    <div class="page">
      <header class="page-header">
        <h1>Entreprises</h1>
        <a class="btn btn-primary" href="#/entreprises/nouvelle">
          + Nouvelle entreprise
        </a>
      </header>
      <div class="filters" role="search">
        <label class="sr-only" for="company-search">
          Rechercher
        </label>
        <input
          id="company-search"
          type="search"
          placeholder="Rechercher par nom ou SIRET"
          value={text}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setShown(SHOWN_STEP);
          }}
        />
        <label class="sr-only" for="company-territory">
          Territoire
        </label>
        <select
          id="company-territory"
          value={territoryId}
          onChange={(e) => {
            setTerritoryId(e.currentTarget.value);
            setShown(SHOWN_STEP);
            sessionStorage.setItem('st-territory-filter', e.currentTarget.value);
          }}
        >
          <option value="">Tous les territoires</option>
          {filterChoices.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      {data && data.invalid.length > 0 && (
        <p class="notice" role="alert">
          {data.invalid.length} fiche(s) illisible(s) conservée(s) sur l’appareil : exportez une sauvegarde depuis « Données ».
        </p>
      )}
      {loading ? (
        <p class="loading">Chargement…</p>
      ) : companies.length === 0 ? (
        filtering ? (
          <EmptyState title="Aucune entreprise ne correspond">
            <p>Modifiez la recherche ou le territoire.</p>
          </EmptyState>
        ) : (
          <EmptyState title="Aucune entreprise pour l’instant">
            <p>Créez la fiche de la première entreprise visitée, ou importez un fichier CSV depuis « Données ».</p>
            <a class="btn btn-primary" href="#/entreprises/nouvelle">
              Créer une entreprise
            </a>
          </EmptyState>
        )
      ) : (
        <ul class="card-list" aria-label="Entreprises">
          {companies.slice(0, shown).map((c) => (
            <li key={c.id}>
              <a class="card" href={`#/entreprises/${c.id}`}>
                <strong>{c.name}</strong>
                <span class="muted">
                  {territoryName(c.territoryId)}
                  {c.zone && ` · ${c.zone}`}
                  {c.siret && ` · SIRET ${c.siret}`}
                </span>
                {fluxCounts?.has(c.id) && <span class="badge">{fluxCounts.get(c.id)} flux</span>}
              </a>
            </li>
          ))}
        </ul>
      )}
      {companies.length > shown && (
        <button type="button" class="btn" onClick={() => setShown(shown + SHOWN_STEP)}>
          Afficher {Math.min(SHOWN_STEP, companies.length - shown)} entreprises de plus
        </button>
      )}
      <p class="muted" aria-live="polite">
        {companies.length} entreprise(s)
      </p>
    </div>
  );
}
