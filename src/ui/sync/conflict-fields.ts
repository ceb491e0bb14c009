// Fields of a conflict that are decided together: a company's park id follows the zone name the
// user picks, a follow-up's rejection reason follows its status (« Retenue » never keeps a reason);
// and an id is shown by a name (an id means nothing to a person).
import { FOLLOWUP_STATUS_LABELS, REJECTION_REASON_LABELS } from '../../domain/followup';
import type { Choice } from '../../sync';

/** field → the field whose choice it follows */
const FOLLOWS: Record<string, string> = { parkId: 'zone', rejection: 'status' };

/** The fields the user chooses: a follower is hidden when its leader is in conflict too. */
export function chosenFields(fields: readonly string[]): string[] {
  return fields.filter((f) => !(FOLLOWS[f] && fields.includes(FOLLOWS[f])));
}

/** The user's choices, completed with the followers' (sent to resolve the conflict). */
export function withFollowers(fields: readonly string[], choices: Record<string, Choice>): Record<string, Choice> {
  const all = { ...choices };
  for (const f of fields) {
    const leader = FOLLOWS[f];
    if (leader && choices[leader] && !all[f]) all[f] = choices[leader];
  }
  return all;
}

/** What a side's value reads as: a park id by the park's name (or the zone typed with it). */
export function shownValue(field: string, record: Record<string, unknown>, parkNames: ReadonlyMap<string, string>): unknown {
  const value = record[field];
  // A next action names its assignee; the account id beside the name is for programs.
  if (field === 'nextAction' && value && typeof value === 'object') {
    const { assigneeId: _id, ...shown } = value as Record<string, unknown>;
    return shown;
  }
  // A rejected status is read with its reason, which is chosen with it.
  if (field === 'status' && value === 'rejected' && record.rejection && typeof record.rejection === 'object') {
    const r = record.rejection as { reason?: string; text?: string };
    const reason = REJECTION_REASON_LABELS[r.reason as keyof typeof REJECTION_REASON_LABELS] ?? r.reason;
    return `${FOLLOWUP_STATUS_LABELS.rejected} · Motif : ${reason}${r.text ? ` (${r.text})` : ''}`;
  }
  if (field !== 'parkId' || typeof value !== 'string' || value === '') return value;
  return parkNames.get(value) ?? record.zone ?? 'Zone inconnue de cet appareil';
}

/** The park ids a conflict shows, to look their names up. */
export function parkIdsOf(conflict: {
  fields: readonly string[];
  local: Record<string, unknown>;
  server: Record<string, unknown>;
}): string[] {
  if (!conflict.fields.includes('parkId')) return [];
  return [conflict.local.parkId, conflict.server.parkId].filter((v): v is string => typeof v === 'string' && v !== '');
}
