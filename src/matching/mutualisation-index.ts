// The engine's mutualisation state: members per bucket (direction, resource, territory), indexed by
// business park and in space; groups recomputed per bucket when a member changes.
import type { Synergy } from '../domain';
import { buildMutualisation, groupId } from './build-synergy';
import { groupsOf, mutualisationKey, scopeOf, trainees } from './mutualisation';
import type { PreparedFlux } from './prepare';
import { SpatialBucket } from './spatial-bucket';

interface Bucket {
  members: Set<PreparedFlux>;
  /** Members in a business park, located or not. */
  byZone: Map<string, PreparedFlux[]>;
  /** Members by position (and park); none for a territory-wide purchase, which takes them all. */
  near: SpatialBucket | undefined;
  groups: PreparedFlux[][];
  /** Members (flux ids) of `groups` by group id, once an update asked for them (the next reuses them). */
  ids: Map<string, string> | undefined;
  /** Scratch set of a candidate search (reused: one search per seed). */
  parksSeen: Set<string>;
}

/** What grouping reads of a flux (groupsOf): equal signatures give equal groups. */
function groupingSignature(f: PreparedFlux): string {
  const c = f.company;
  return `${f.id}|${c.located ? `${c.latRad},${c.lonRad}` : '-'}|${c.zoneKey}|${f.reachKm}|${trainees(f)}`;
}

/** Per bucket, the grouping signatures of some flux (one company's, before or after an edit). */
export function bucketSignatures(fluxes: Iterable<PreparedFlux>): Map<string, string> {
  const parts = new Map<string, string[]>();
  for (const f of fluxes) {
    const key = mutualisationKey(f);
    if (!key) continue;
    const list = parts.get(key);
    if (list) list.push(groupingSignature(f));
    else parts.set(key, [groupingSignature(f)]);
  }
  return new Map([...parts].map(([key, list]) => [key, list.sort().join('\n')]));
}

/** Each group's member flux ids, by group id. */
function membersById(groups: readonly PreparedFlux[][]): Map<string, string> {
  return new Map(groups.map((g) => [groupId(g), g.map((f) => f.id).join('|')]));
}

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
    if (!b) {
      const { rule, linkKm } = scopeOf(f);
      // Cells a third of the link distance; sessions search from 5 km outwards.
      const near = rule === 'territory' ? undefined : new SpatialBucket(Number.isFinite(linkKm) ? linkKm : 15);
      this.buckets.set(key, (b = { members: new Set(), byZone: new Map(), near, groups: [], ids: undefined, parksSeen: new Set() }));
    }
    b.members.add(f);
    b.near?.add(f);
    const zone = f.company.zoneKey;
    if (zone !== '') {
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
    b.near?.remove(f);
    const zone = f.company.zoneKey;
    if (zone !== '') {
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
    const members = [...b.members];
    const byPark = scopeOf(members[0]!).rule !== 'session';
    b.ids = undefined;
    b.groups = groupsOf(members, (f, radiusKm, visit) => {
      const near = b.near;
      // A seed placed only by its park can be near anyone near its park: rare, so offer them all.
      if (radiusKm === Infinity || !near || (byPark && !f.company.located)) return members.forEach(visit);
      const zone = f.company.zoneKey;
      if (zone !== '') b.byZone.get(zone)!.forEach(visit);
      // A session seed placed only by its park knows the distance to its park only.
      if (!f.company.located) return;
      const parks = b.parksSeen;
      parks.clear();
      near.forEachLocatedNear(f.company, radiusKm, (g) => {
        const park = g.company.zoneKey;
        if (park !== '' && park === zone) return; // offered with the seed's park
        visit(g);
        // Companies placed only by the park of a neighbour may be near the seed too.
        if (!byPark || park === '' || parks.has(park)) return;
        parks.add(park);
        for (const h of b.byZone.get(park)!) if (!h.company.located) visit(h);
      });
    });
  }

  *all(): Iterable<PreparedFlux[]> {
    for (const b of this.buckets.values()) yield* b.groups;
  }

  /**
   * Regroups the buckets an update touched; reports groups gone, new, or holding `companyId`.
   * A bucket where the company's flux look the same to grouping (`unchanged`: same ids, places,
   * parks, reaches, trainees) keeps its groups: the company's new flux replace the old ones in
   * them and its groups are rebuilt (its name, quantities or months may have changed).
   */
  regroupChanged(
    keys: Iterable<string>,
    companyId: string,
    now: number,
    removed: string[],
    upserted: Synergy[],
    unchanged: (key: string) => boolean = () => false,
  ): void {
    for (const key of keys) {
      const kept = unchanged(key) ? this.buckets.get(key) : undefined;
      if (kept) {
        this.refresh(kept, companyId, now, upserted);
        continue;
      }
      const before = this.buckets.get(key);
      const wasIds = before ? (before.ids ?? membersById(before.groups)) : new Map<string, string>();
      this.regroup(key);
      const after = this.buckets.get(key);
      const isIds = membersById(after?.groups ?? []);
      for (const g of after?.groups ?? []) {
        const id = groupId(g);
        // A group keeps its id when others join or leave it (domain/group-identity.ts): compare members too.
        const changed = wasIds.get(id) !== isIds.get(id);
        if (changed || g.some((f) => f.company.id === companyId)) upserted.push(buildMutualisation(g, now));
      }
      if (after) after.ids = isIds;
      for (const id of wasIds.keys()) if (!isIds.has(id)) removed.push(id);
    }
  }

  private refresh(b: Bucket, companyId: string, now: number, upserted: Synergy[]): void {
    const fresh = new Map<string, PreparedFlux>();
    for (const f of b.members) if (f.company.id === companyId) fresh.set(f.id, f);
    for (const g of b.groups) {
      let holds = false;
      for (let i = 0; i < g.length; i++) {
        const f = fresh.get(g[i]!.id);
        if (f) {
          g[i] = f;
          holds = true;
        }
      }
      if (holds) upserted.push(buildMutualisation(g, now));
    }
  }
}
