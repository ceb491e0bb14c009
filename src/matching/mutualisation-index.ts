// The engine's mutualisation state: members per bucket (direction, resource, territory), indexed by
// business park and, outside parks, in space; groups recomputed per bucket when a member changes.
import type { Synergy } from '../domain';
import { buildMutualisation } from './build-synergy';
import { NEIGHBOUR_KM, groupsOf, mutualisationKey } from './mutualisation';
import type { PreparedFlux } from './prepare';
import { SpatialBucket } from './spatial-bucket';
import { synergyId } from './synergy-id';

interface Bucket {
  members: Set<PreparedFlux>;
  byZone: Map<string, PreparedFlux[]>;
  /** Members outside any park (always located: others are not matched). */
  near: SpatialBucket;
  groups: PreparedFlux[][];
}

const groupId = (g: readonly PreparedFlux[]) => synergyId('mutualisation', g.map((f) => f.id));

export class MutualisationIndex {
  private readonly buckets = new Map<string, Bucket>();

  clear(): void {
    this.buckets.clear();
  }

  /** Adds a flux if its resource is shared; returns its bucket key. */
  add(f: PreparedFlux): string | undefined {
    const key = mutualisationKey(f);
    if (!key) return undefined;
    let b = this.buckets.get(key);
    if (!b) this.buckets.set(key, (b = { members: new Set(), byZone: new Map(), near: new SpatialBucket(NEIGHBOUR_KM), groups: [] }));
    b.members.add(f);
    const zone = f.company.zoneKey;
    if (zone === '') b.near.add(f);
    else {
      const list = b.byZone.get(zone);
      if (list) list.push(f);
      else b.byZone.set(zone, [f]);
    }
    return key;
  }

  remove(f: PreparedFlux): string | undefined {
    const key = mutualisationKey(f);
    const b = key ? this.buckets.get(key) : undefined;
    if (!b) return key;
    b.members.delete(f);
    const zone = f.company.zoneKey;
    if (zone === '') b.near.remove(f);
    else {
      const list = b.byZone.get(zone)!.filter((g) => g !== f);
      if (list.length) b.byZone.set(zone, list);
      else b.byZone.delete(zone);
    }
    return key;
  }

  regroupAll(): void {
    for (const key of this.buckets.keys()) this.regroup(key);
  }

  private regroup(key: string): void {
    const b = this.buckets.get(key);
    if (!b) return;
    if (b.members.size === 0) {
      this.buckets.delete(key);
      return;
    }
    b.groups = groupsOf([...b.members], (f, visit) => {
      const zone = f.company.zoneKey;
      if (zone !== '') b.byZone.get(zone)!.forEach(visit);
      else b.near.forEachNear(f.company, Math.min(f.reachKm, NEIGHBOUR_KM), visit);
    });
  }

  *all(): Iterable<PreparedFlux[]> {
    for (const b of this.buckets.values()) yield* b.groups;
  }

  /** Regroups the buckets an update touched; reports groups gone, new, or holding `companyId`. */
  regroupChanged(keys: Iterable<string>, companyId: string, now: number, removed: string[], upserted: Synergy[]): void {
    for (const key of keys) {
      const wasIds = new Set((this.buckets.get(key)?.groups ?? []).map(groupId));
      this.regroup(key);
      const isIds = new Set<string>();
      for (const g of this.buckets.get(key)?.groups ?? []) {
        const id = groupId(g);
        isIds.add(id);
        if (!wasIds.has(id) || g.some((f) => f.company.id === companyId)) upserted.push(buildMutualisation(g, now));
      }
      for (const id of wasIds) if (!isIds.has(id)) removed.push(id);
    }
  }
}
