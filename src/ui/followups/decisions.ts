// The one-tap decisions on a proposed synergy (Retenir, Écarter, Plus tard), each returning how to
// undo it: the status goes back to where it was, and the history keeps both moves.
import type { FollowupStatus, Rejection, Synergy } from '../../domain';
import { changeStatus, currentActor, openFollowup } from '../../db/followups';
import { statusLabel } from './format';

export type Decision = { to: 'retained' | 'on-hold' } | { to: 'rejected'; rejection: Rejection };

export const DECISION_DONE: Record<Decision['to'], string> = {
  retained: 'Synergie retenue',
  'on-hold': 'Synergie mise en attente',
  rejected: 'Synergie écartée',
};

export interface Decided {
  followupId: string;
  undo: () => Promise<void>;
}

/** Opens the synergy's follow-up if needed, then moves it to the decided status. */
export async function decide(synergy: Synergy, decision: Decision): Promise<Decided> {
  const actor = await currentActor();
  const followup = await openFollowup(synergy, actor);
  const from: FollowupStatus = followup.status;
  await changeStatus(followup.id, decision.to, actor, decision.to === 'rejected' ? { rejection: decision.rejection } : {});
  return {
    followupId: followup.id,
    undo: async () => {
      await changeStatus(followup.id, from, await currentActor(), { comment: `Annulation : retour à « ${statusLabel(from)} »` });
    },
  };
}
