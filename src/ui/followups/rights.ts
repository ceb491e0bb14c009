// What the person on this device may do with follow-ups, from their session: referents and admins
// decide (status, gains, next action); advisors and animators read, add notes and propose. The
// server enforces the same rule; the screens only hide what it would refuse.
import { can, territoryLimit } from '../../domain/permissions';
import type { SessionState } from '../../sync/session';

export interface FollowupRights {
  /** May change status, study, checks, next action and gains. */
  canDecide: boolean;
  /** Why not, in a sentence shown beside the disabled controls. */
  readOnlyReason?: string;
  /** Territories whose proposals this person treats; undefined = all (admin, or no account). */
  territoryIds?: readonly string[];
}

export const READ_ONLY_REASON =
  'Lecture seule : seuls les référents du territoire et les administrateurs modifient le suivi. Vous pouvez ajouter des notes.';

export function rightsOf(state: SessionState): FollowupRights {
  // Without an account nothing syncs: the device is its own programme and its user decides.
  if (state.kind !== 'active' && state.kind !== 'expired') return { canDecide: true };
  const limit = territoryLimit(state.user);
  const scope = limit === undefined ? {} : { territoryIds: limit };
  return can(state.user, 'decide followup')
    ? { canDecide: true, ...scope }
    : { canDecide: false, readOnlyReason: READ_ONLY_REASON, ...scope };
}
