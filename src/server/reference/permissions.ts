// Who may change reference data: admins everything; a referent the parks of their territories;
// anyone of a territory may propose a park there.
import type { User } from '../../domain/user';
import { ApiFailure } from '../http/api-error';

export const TERRITORIES_ADMIN_ONLY = 'Réservé aux administrateurs : les territoires sont gérés par l’administration du programme';
export const PARKS_MANAGERS_ONLY = 'Réservé aux référents de ce territoire et aux administrateurs';

export const mayManageParks = (user: User, territoryId: string): boolean =>
  user.role === 'admin' || (user.role === 'referent' && user.territoryIds.includes(territoryId));

export function requireTerritoryAdmin(user: User): void {
  if (user.role !== 'admin') throw new ApiFailure(403, TERRITORIES_ADMIN_ONLY);
}

export function requireParkManager(user: User, territoryId: string): void {
  if (!mayManageParks(user, territoryId)) throw new ApiFailure(403, PARKS_MANAGERS_ONLY, 'territoryId');
}
