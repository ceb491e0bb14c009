// Who may do what on the Territoires page, from the session (asked of src/domain/permissions.ts; the
// server asks the same): admins manage territories; admins and a territory's referents manage its
// parks; anyone proposes.
import type { Territory } from '../../domain';
import { can, DEVICE_WITHOUT_ACCOUNT } from '../../domain/permissions';
import type { SessionState } from '../../sync';

const signedUser = (state: SessionState) => (state.kind === 'active' || state.kind === 'expired' ? state.user : undefined);

export const canManageTerritories = (state: SessionState): boolean => can(signedUser(state), 'manage territories');

export function canManageParks(state: SessionState, territoryId: string): boolean {
  return can(signedUser(state), 'manage parks', { territoryId });
}

/** A signed-in non-admin sees their territories; an admin or a device without account, all. */
export function visibleTerritories(all: readonly Territory[], state: SessionState): Territory[] {
  const user = signedUser(state) ?? DEVICE_WITHOUT_ACCOUNT;
  const shown = all.filter((t) => !t.deleted && can(user, 'access territory', { territoryId: t.id }));
  return shown.sort((a, b) => Number(a.retired) - Number(b.retired) || a.name.localeCompare(b.name, 'fr'));
}

/** Management calls need the server: a signed-in, unexpired session and the network. */
export function managementBlocked(state: SessionState, online: boolean): string | undefined {
  if (state.kind !== 'active') return 'Connectez-vous pour gérer les territoires et les zones.';
  if (!online) return 'Hors ligne : la gestion des zones reprendra avec le réseau (les propositions, elles, restent possibles).';
  return undefined;
}
