// What a workshop's page shows when this device does not hold that workshop (removed, or another
// territory's): one message and the way back, the same on every page of a workshop.
import { EmptyState } from '../components/empty-state';

export function WorkshopMissing() {
  return (
    <EmptyState title="Atelier introuvable">
      <a href="#/ateliers">Retour aux ateliers</a>
    </EmptyState>
  );
}
