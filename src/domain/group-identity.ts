// A mutualisation group's identity: what is shared and where, never its exact members, so that a
// decision on a group sticks when a company joins or leaves it. Pure and shared: the matcher
// builds group ids with it, the follow-ups find which groups a decision covers (old ones included).
import type { SynergySnapshot } from './followup';
import { hashed } from './stable-hash';
import { MUTUALISED_DIRECTION, findResource, type Mutualisation } from './taxonomy';

/**
 * Kinds of sharing grouped once per territory (matching/scope.ts, rule `territory`): a purchase
 * contract is negotiated for a territory. Their groups have no anchor.
 */
export const ONE_GROUP_PER_TERRITORY: ReadonlySet<Mutualisation> = new Set(['group-purchase']);

/**
 * `mut:` + hash of the bucket (direction, resource, territory) and the group's anchor: none for a
 * territory-wide purchase (one group per bucket), else the oldest member flux (the smallest id:
 * ids are UUIDv7, ordered by creation). A newcomer is newer than the anchor, so a join keeps the
 * id; a member other than the anchor leaving keeps it; a split leaves it to the part holding the
 * anchor. Groups of a bucket never share a flux, so two groups never share an anchor.
 */
export function groupIdentity(direction: string, resourceCode: string, territoryId: string, anchorFluxId: string | undefined): string {
  return hashed('mut:', `${direction}|${resourceCode}|${territoryId}`, anchorFluxId);
}

/** Whether a resource's groups are anchored by a member (false: one group per territory). */
function anchored(resourceCode: string): { direction: string; anchored: boolean } | undefined {
  const mutualisation = findResource(resourceCode)?.mutualisation;
  if (!mutualisation) return undefined;
  return { direction: MUTUALISED_DIRECTION[mutualisation], anchored: !ONE_GROUP_PER_TERRITORY.has(mutualisation) };
}

/** The id of a group from its members' flux ids (any order), resource and territory. */
export function groupIdOf(resourceCode: string, territoryId: string, fluxIds: readonly string[]): string | undefined {
  const shared = anchored(resourceCode);
  if (!shared || fluxIds.length === 0) return undefined;
  const anchor = shared.anchored ? fluxIds.reduce((min, id) => (id < min ? id : min)) : undefined;
  return groupIdentity(shared.direction, resourceCode, territoryId, anchor);
}

/**
 * The ids of every group a decision on this snapshot covers: the group anchored by any flux that
 * was a member when the follow-up was opened (its own anchor first). So a decision holds when
 * members join, when members leave (even the anchor: the next oldest was a member too), and for
 * both parts of a split. It also finds the group of a follow-up opened before group ids changed
 * (their snapshot holds the flux ids), with no migration of stored records.
 */
export function groupIdsCoveredBy(snapshot: Pick<SynergySnapshot, 'kind' | 'resourceCodes' | 'fluxIds' | 'companies'>): string[] {
  const code = snapshot.resourceCodes[0];
  const shared = code === undefined ? undefined : anchored(code);
  if (snapshot.kind !== 'mutualisation' || !shared || snapshot.fluxIds.length === 0) return [];
  const territories = [...new Set(snapshot.companies.map((c) => c.territoryId))];
  const ids: string[] = [];
  for (const territoryId of territories) {
    const own = groupIdOf(code!, territoryId, snapshot.fluxIds)!;
    ids.push(own);
    if (!shared.anchored) continue;
    for (const fluxId of snapshot.fluxIds) {
      const id = groupIdentity(shared.direction, code!, territoryId, fluxId);
      if (id !== own) ids.push(id);
    }
  }
  return ids;
}
