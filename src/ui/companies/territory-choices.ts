// Which territories a company can be filed under on this device: a signed-in advisor's own
// territories (the server refuses the others), every territory without an account or for an admin.
import type { Territory } from '../../domain';
import { territoryLimit } from '../../domain/permissions';
import type { SessionState } from '../../sync';

export function territoryChoices(all: readonly Territory[], state: SessionState, current: string): Territory[] {
  // A retired territory is offered only to the companies already in it.
  const visible = all.filter((t) => !t.deleted && (!t.retired || t.id === current));
  // An expired session still tells whose device this is: the same territories apply.
  if (state.kind !== 'active' && state.kind !== 'expired') return visible;
  const limit = territoryLimit(state.user);
  if (limit === undefined) return visible;
  const allowed = new Set([...limit, current]);
  return visible.filter((t) => allowed.has(t.id));
}

/** The territory to preselect for a new company: the user's only one, if they have one. */
export function defaultTerritory(state: SessionState): string | undefined {
  if (state.kind !== 'active' && state.kind !== 'expired') return undefined;
  return state.user.territoryIds.length === 1 ? state.user.territoryIds[0] : undefined;
}

/** Territories the user may write, or undefined when every one is allowed (admin, no account). */
export function writableTerritories(state: SessionState): string[] | undefined {
  if (state.kind !== 'active' && state.kind !== 'expired') return undefined;
  const limit = territoryLimit(state.user);
  return limit === undefined ? undefined : [...limit];
}
