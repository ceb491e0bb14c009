// Mutualisation groups. Rule: flux of the same mutualisable resource, same direction and same
// territory (EPCI, the level a programme runs at) are linked when within reach of each other
// (the smaller of the two reaches) and neighbours: in the same business park, or both outside any
// park and within NEIGHBOUR_KM. A group is a connected component of those links with at least two
// companies. Components do not depend on any visiting order, so engine, reference and incremental
// updates agree.
import { pairDistance } from './geo';
import type { PreparedFlux } from './prepare';

/** Which mutualisation bucket a flux belongs to, or undefined if its resource is not shared. */
export function mutualisationKey(f: PreparedFlux): string | undefined {
  const r = f.resource;
  if (!r.mutualisation || !r.directions.includes(f.direction)) return undefined;
  return `${f.direction}|${r.code}|${f.company.territoryId}`;
}

/**
 * Outside business parks, how close two companies must be to join one group. Chaining by reach
 * alone (20–60 km) merged whole territories into groups of 700 companies nobody can run; a park,
 * or neighbours a few minutes apart, is the scale a shared session or collection round works at.
 */
export const NEIGHBOUR_KM = 5;

export function linked(a: PreparedFlux, b: PreparedFlux): boolean {
  const zone = a.company.zoneKey;
  if (zone !== b.company.zoneKey) return false;
  const d = pairDistance(a.company, b.company);
  return d <= Math.min(a.reachKm, b.reachKm) && (zone !== '' || d <= NEIGHBOUR_KM);
}

/**
 * Groups of a bucket's members (each sorted by flux id, groups sorted by first id).
 * `forEachNeighbour` must visit at least every linked member (a superset is fine).
 */
export function groupsOf(
  members: readonly PreparedFlux[],
  forEachNeighbour: (f: PreparedFlux, visit: (g: PreparedFlux) => void) => void,
): PreparedFlux[][] {
  const index = new Map(members.map((m, i) => [m, i]));
  const parent = members.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  members.forEach((f, i) => {
    forEachNeighbour(f, (g) => {
      const j = index.get(g);
      if (j === undefined || j === i) return;
      const a = find(i);
      const b = find(j);
      if (a !== b && linked(f, g)) parent[Math.max(a, b)] = Math.min(a, b);
    });
  });
  const byRoot = new Map<number, PreparedFlux[]>();
  members.forEach((f, i) => {
    const root = find(i);
    const group = byRoot.get(root);
    if (group) group.push(f);
    else byRoot.set(root, [f]);
  });
  const groups: PreparedFlux[][] = [];
  for (const group of byRoot.values()) {
    if (new Set(group.map((f) => f.company.id)).size < 2) continue;
    groups.push(group.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  }
  return groups.sort((a, b) => (a[0]!.id < b[0]!.id ? -1 : 1));
}
