// Flux recorded as « Autre » that no vocabulary entry took over: each links to its company's
// questionnaire, where « Classer dans le vocabulaire » turns it into an entry without retyping.
import { fluxToReview } from '../../db/vocabulary-review';
import { FAMILY_LABELS } from '../../domain';
import { useLiveQuery } from '../hooks/use-live-query';

export function VocabularyReview() {
  const items = useLiveQuery(() => fluxToReview(), []).data ?? [];
  return (
    <section class="card" aria-labelledby="vocabulary-review">
      <h2 id="vocabulary-review">Flux « Autre » à classer</h2>
      {items.length === 0 ? (
        <p class="muted">Aucun : chaque flux « Autre » a trouvé son entrée du vocabulaire, ou n’a pas d’intitulé.</p>
      ) : (
        <>
          <p class="muted">
            Enregistrés hors vocabulaire : rapprochés seulement par libellé. Ouvrez la fiche et choisissez « Classer dans le vocabulaire » quand
            une entrée convient.
          </p>
          <ul>
            {items.map(({ flux, companyName }) => (
              <li key={flux.id}>
                <a href={`#/entreprises/${flux.companyId}/visite/${flux.family}`}>
                  {companyName} — {flux.label} <small class="muted">({FAMILY_LABELS[flux.family]})</small>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
