// The reference's top lists: the best N substitution candidates of one flux, best first. The order
// is total (score, then distance, then flux id), so any way of computing it gives the same list.
export interface Candidate {
  /** The flux on the other side of the pair. */
  otherId: string;
  score: number;
  distanceKm: number;
}

/** Negative when (score, distance, id) ranks before the candidate. */
export function rank(score: number, distanceKm: number, id: string, c: Candidate): number {
  if (score !== c.score) return c.score - score;
  if (distanceKm !== c.distanceKm) return distanceKm - c.distanceKm;
  return id < c.otherId ? -1 : id > c.otherId ? 1 : 0;
}

export function wouldEnter(list: readonly Candidate[], n: number, score: number, distanceKm: number, id: string): boolean {
  return list.length < n || rank(score, distanceKm, id, list[list.length - 1]!) < 0;
}

/**
 * Inserts if it ranks in the top n. Returns undefined when it did not enter, null when it entered
 * without pushing anyone out, or the candidate it pushed out.
 */
export function insertTop(list: Candidate[], n: number, c: Candidate): Candidate | null | undefined {
  if (!wouldEnter(list, n, c.score, c.distanceKm, c.otherId)) return undefined;
  let i = list.length;
  while (i > 0 && rank(c.score, c.distanceKm, c.otherId, list[i - 1]!) < 0) i--;
  list.splice(i, 0, c);
  return list.length > n ? list.pop()! : null;
}
