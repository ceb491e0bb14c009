// Switching a flux on and off from the questionnaire, with undo.
import { addFlux, findDeletedFlux, removeFlux, restoreFlux } from '../../db/flux';
import type { Direction, Flux } from '../../domain';
import { getResource } from '../../domain';
import { showToast } from '../components/toasts';
import { defaultPeriod } from './flux-defaults';

/** Records the flux, reviving a previously removed one so its details come back too. */
export async function switchOn(companyId: string, resourceCode: string, direction: Direction, visitId?: string): Promise<string> {
  const previous = await findDeletedFlux(companyId, resourceCode, direction);
  if (previous && !getResource(resourceCode).isOther) {
    await restoreFlux(previous.id);
    return previous.id;
  }
  const flux = await addFlux(companyId, resourceCode, direction, { visitId, period: defaultPeriod(getResource(resourceCode)) });
  return flux.id;
}

export async function switchOff(flux: Flux, label: string): Promise<void> {
  await removeFlux(flux.id);
  showToast(`« ${label} » retiré`, { action: { label: 'Annuler', run: () => restoreFlux(flux.id) } });
}
