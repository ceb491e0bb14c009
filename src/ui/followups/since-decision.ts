// What changed since a follow-up was opened: companies that joined or left its group, and the
// current figures (sentence, score, distance) when a flux was edited — beside the snapshot, never
// instead of it (the snapshot is what was decided on).
import type { Synergy, SynergySnapshot } from '../../domain';
import { distanceLabel } from '../synergies/synergy-filters';

export interface SinceDecision {
  /** Companies in the group today that were not when it was decided (ids). */
  joined: string[];
  /** Companies of the snapshot no longer in the group. */
  left: SynergySnapshot['companies'];
  /** Today's sentence, when it differs from the snapshot's (a quantity was edited, say). */
  sentence: string | undefined;
  score: { then: number; now: number } | undefined;
  distanceKm: { then: number; now: number } | undefined;
}

/** Undefined when nothing differs (or the synergy is no longer proposed). */
export function sinceDecision(snapshot: SynergySnapshot, current: Synergy | undefined): SinceDecision | undefined {
  if (!current) return undefined;
  const before = new Set(snapshot.companies.map((c) => c.id));
  const now = new Set(current.companyIds);
  const joined = current.companyIds.filter((id) => !before.has(id));
  const left = snapshot.companies.filter((c) => !now.has(c.id));
  const sentence = snapshot.explanation && current.explanation !== snapshot.explanation ? current.explanation : undefined;
  const score = snapshot.score !== undefined && snapshot.score !== current.score ? { then: snapshot.score, now: current.score } : undefined;
  // Distances are shown rounded to the km: a smaller difference is no change to a reader.
  const moved = snapshot.distanceKm !== undefined && distanceLabel(snapshot.distanceKm) !== distanceLabel(current.distanceKm);
  const distanceKm = moved ? { then: snapshot.distanceKm!, now: current.distanceKm } : undefined;
  if (!joined.length && !left.length && !sentence && !score && !distanceKm) return undefined;
  return { joined, left, sentence, score, distanceKm };
}
