// Says, on the workshop and capture screens, when a company has no position of its own: matching
// then places it at its park's (or territory's) centre, or cannot place it at all — either way its
// synergies are fewer or approximate. « Placer » opens its form to give it coordinates.
import type { Company } from '../../domain';
import { PlaceIndex, type CompanyPlace } from '../../domain/company-place';
import { db } from '../../db/database';
import { useLiveQuery } from '../hooks/use-live-query';

export function positionText(place: CompanyPlace, parkName?: string): string | undefined {
  if (place.source === 'own') return undefined;
  if (place.source === 'park') return `Sans position : rapprochements limités — placée au centre de la zone ${parkName ?? ''}`.trim();
  if (place.source === 'territory') {
    return `Sans position : rapprochements limités — placée au centre du territoire, distances approchées, portée élargie de ${Math.round(place.extraReachKm ?? 0)} km`;
  }
  return 'Sans position : rapprochements limités — aucune zone ni position, pas de rapprochement possible';
}

export function PositionNote({ company }: { company: Company }) {
  const parks = useLiveQuery(() => db().parks.where('territoryId').equals(company.territoryId).toArray(), [company.territoryId]).data;
  if (company.location || !parks) return null;
  const place = new PlaceIndex(parks).placeOf(company);
  const text = positionText(place, parks.find((p) => p.id === place.parkId)?.name);
  if (!text) return null;
  return (
    <p class="ws-position" data-testid="position-note">
      {text}. <a href={`#/entreprises/${company.id}/modifier`}>Placer</a>
    </p>
  );
}
