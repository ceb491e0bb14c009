// Who may change reference data (asked of src/domain/permissions.ts): admins everything; a referent
// the parks of their territories; anyone of a territory may propose a park there.
import { can } from '../../domain/permissions';
import type { User } from '../../domain/user';
import { ApiFailure } from '../http/api-error';

export const TERRITORIES_ADMIN_ONLY = 'Réservé aux administrateurs : les territoires sont gérés par l’administration du programme';
export const PARKS_MANAGERS_ONLY = 'Réservé aux référents de ce territoire et aux administrateurs';

export const mayManageParks = (user: User, territoryId: string): boolean => can(user, 'manage parks', { territoryId });

export function requireTerritoryAdmin(user: User): void {
  if (!can(user, 'manage territories')) throw new ApiFailure(403, TERRITORIES_ADMIN_ONLY);
}

export function requireParkManager(user: User, territoryId: string): void {
  if (!mayManageParks(user, territoryId)) throw new ApiFailure(403, PARKS_MANAGERS_ONLY, 'territoryId');
}
