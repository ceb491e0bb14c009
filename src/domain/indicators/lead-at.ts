// Where a lead stood at the end of a period, read from its effective history: the stage it had
// reached and the status it had. Every figure about leads reads these two, never today's status,
// so a closed quarter gives the same figures whenever it is counted again.
import { FOLLOWUP_PIPELINE, type FollowupStatus, type HistoryEntry } from '../followup';
import { effectiveMoves, furthestStage, isMove } from '../followup-history';

export interface LeadHistory {
  history: readonly HistoryEntry[];
  status: FollowupStatus;
}

const IMPLEMENTED = FOLLOWUP_PIPELINE[FOLLOWUP_PIPELINE.length - 1];

/**
 * The stage reached (index in the pipeline, as furthestStage) and the status held at the end of the
 * period (the last effective move before it), from one reading of the history (2,000 leads on every
 * count). A lead without any move (imported) stands at its current status.
 */
export function leadAt(lead: LeadHistory, endMs: number): { stage: number; status: FollowupStatus; implemented: boolean } {
  if (!lead.history.some(isMove))
    return { stage: furthestStage(lead, endMs), status: lead.status, implemented: lead.status === IMPLEMENTED };
  let status: FollowupStatus = 'proposed';
  let stage = 0;
  for (const h of effectiveMoves(lead.history)) {
    if (h.at >= endMs) continue;
    status = h.to;
    stage = Math.max(stage, (FOLLOWUP_PIPELINE as readonly string[]).indexOf(h.to));
  }
  return { stage, status, implemented: status === IMPLEMENTED };
}
