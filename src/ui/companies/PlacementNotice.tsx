// Why a company without a position is matched only in part, or not at all: a company with neither
// position nor business park cannot be placed, so the engine leaves it out of every synergy.
import type { Company } from '../../domain';

export function PlacementNotice({ company }: { company: Pick<Company, 'id' | 'location' | 'zone'> }) {
  if (company.location) return null;
  if (company.zone.trim() !== '') {
    return (
      <p class="notice" role="note">
        Position non renseignée : l’entreprise est rapprochée des entreprises de sa zone d’activités et des groupes du territoire (achat
        groupé, sessions de formation), pas des entreprises voisines hors de sa zone.
      </p>
    );
  }
  return (
    <p class="notice" role="note" data-testid="unplaced-notice">
      Ni position ni zone d’activités : l’entreprise n’est rapprochée d’aucune autre (ni substitution, ni mutualisation, pas même l’achat
      groupé du territoire), car on ne sait pas où elle se trouve.{' '}
      <a href={`#/entreprises/${company.id}/modifier`}>Indiquer sa position ou sa zone</a>
    </p>
  );
}
