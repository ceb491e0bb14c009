// Fields of a conflict that are decided together: a company's park id follows the zone name the
// user picks, and an id is shown by the park's name (an id means nothing to a person).
import type { Choice } from '../../sync';

/** field → the field whose choice it follows */
const FOLLOWS: Record<string, string> = { parkId: 'zone' };

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
  if (field !== 'parkId' || typeof value !== 'string' || value === '') return value;
  return parkNames.get(value) ?? record.zone ?? 'Zone inconnue de cet appareil';
}

/** The park ids a conflict shows, to look their names up. */
export function parkIdsOf(conflict: { fields: readonly string[]; local: Record<string, unknown>; server: Record<string, unknown> }): string[] {
  if (!conflict.fields.includes('parkId')) return [];
  return [conflict.local.parkId, conflict.server.parkId].filter((v): v is string => typeof v === 'string' && v !== '');
}
