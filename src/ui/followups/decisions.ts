// The one-tap decisions on a proposed synergy (Retenir, Écarter, Plus tard), each returning how to
// undo it: the status goes back to where it was, and the history keeps both moves.
import type { Followup, FollowupStatus, OnHold, Rejection, Synergy } from '../../domain';
import { changeStatus, currentActor, openFollowup, postponeFollowup } from '../../db/followups';
import { frDay, statusLabel } from './format';

export type Decision =
  | { to: 'retained' }
  | { to: 'rejected'; rejection: Rejection }
  /** « Plus tard »: a reason, and the day it comes back to « À traiter » if one is given. */
  | { to: 'on-hold'; onHold: OnHold };

export const DECISION_DONE: Record<Decision['to'], string> = {
  retained: 'Synergie retenue',
  'on-hold': 'Synergie mise en attente',
  rejected: 'Synergie écartée',
};

/** The toast after a decision: « Synergie mise en attente jusqu'au 12/03/2027 ». */
export function decisionDone(decision: Decision): string {
  const until = decision.to === 'on-hold' ? decision.onHold.until : undefined;
  return until ? `${DECISION_DONE[decision.to]} jusqu’au ${frDay(until)}` : DECISION_DONE[decision.to];
}

/** The history line of a wait: its reason and return day. */
export const onHoldComment = (onHold: OnHold) => (onHold.until ? `${onHold.reason} (à revoir le ${frDay(onHold.until)})` : onHold.reason);

export interface Decided {
  followupId: string;
  undo: () => Promise<void>;
}

/** Opens the synergy's follow-up if needed, then moves it to the decided status. */
export async function decide(synergy: Synergy, decision: Decision): Promise<Decided> {
  const actor = await currentActor();
  const followup = await openFollowup(synergy, actor);
  const from: FollowupStatus = followup.status;
  if (decision.to === 'on-hold' && from === 'on-hold') {
    // Back from a wait and put off again: a new reason and day, no status move.
    await postponeFollowup(followup.id, decision.onHold, actor);
    return { followupId: followup.id, undo: () => restoreWait(followup) };
  }
  await changeStatus(followup.id, decision.to, actor, changeOf(decision));
  return {
    followupId: followup.id,
    undo: async () => {
      const comment = `Annulation : retour à « ${statusLabel(from)} »`;
      await changeStatus(followup.id, from, await currentActor(), { comment, ...(followup.onHold ? { onHold: followup.onHold } : {}) });
    },
  };
}

function changeOf(decision: Decision) {
  if (decision.to === 'rejected') return { rejection: decision.rejection };
  if (decision.to === 'on-hold') return { onHold: decision.onHold, comment: onHoldComment(decision.onHold) };
  return {};
}

async function restoreWait(before: Followup): Promise<void> {
  if (before.onHold) await postponeFollowup(before.id, before.onHold, await currentActor());
}
