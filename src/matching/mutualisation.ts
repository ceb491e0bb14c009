// Mutualisation groups, by kind of sharing (scope.ts): one bucket per direction, resource and
// territory (the level a programme runs at), split into groups by the bucket's scope. Groups are
// a deterministic function of the bucket's members (never of a visiting order), so engine,
// reference and incremental updates agree. Rules stated in README.md.
import { MUTUALISED_DIRECTION, labelTokens, type GroupRule } from '../domain';
import * as geo from './geo';
import type { PreparedFlux } from './prepare';
import { SCOPES, type Scope } from './scope';

// Module-local copy of the hot import (tsx turns imported bindings into getter calls; see pair-search.ts).
const { pairDistance } = geo;

/** Which mutualisation bucket a flux belongs to, or undefined if it is not shared this way. */
export function mutualisationKey(f: PreparedFlux): string | undefined {
  const r = f.resource;
  if (!r.mutualisation || f.direction !== MUTUALISED_DIRECTION[r.mutualisation]) return undefined;
  // A recycler's own output is sold, not pooled in a collection round with its suppliers.
  if (f.ownOutput && r.mutualisation === 'shared-collection') return undefined;
  // Only trainees of the same course share a session: a named course is a bucket of its own.
  const course = r.mutualisation === 'shared-training' ? courseOf(f) : '';
  return `${f.direction}|${r.code}|${f.company.territoryId}${course}`;
}

/** « ATEX » and « amiante » under one HSE entry are two courses: the typed label's words say which. */
function courseOf(f: PreparedFlux): string {
  const label = f.source.label?.trim();
  return label ? `|${[...labelTokens(label)].sort().join(' ')}` : '';
}

/** The scope of a flux that has a mutualisation key. */
export const scopeOf = (f: PreparedFlux): Scope => SCOPES[f.resource.mutualisation!];

/** Trainees a training need brings to a session: the persons recorded, else one. */
export function trainees(f: PreparedFlux): number {
  const { quantity, unit } = f.source;
  return unit === 'person' && quantity !== undefined ? Math.max(1, Math.round(quantity)) : 1;
}

/**
 * Round and neighbour scopes: two members are linked when within both reaches and either in the
 * same business park or within the scope's distance. A located company is linked by distance
 * whether or not it is in a park; one placed only by its park is linked to its park.
 */
export function linked(a: PreparedFlux, b: PreparedFlux, scope: Scope): boolean {
  const d = pairDistance(a.company, b.company);
  if (!(d <= Math.min(a.reachKm, b.reachKm))) return false;
  const park = a.company.zoneKey;
  return (park !== '' && park === b.company.zoneKey) || d <= scope.linkKm;
}

const byId = (a: PreparedFlux, b: PreparedFlux) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Seeds go west to east (located first), then companies placed only by their park, by park. */
function seedOrder(members: readonly PreparedFlux[]): PreparedFlux[] {
  // Keys read once (the sort compares n log n times).
  const keyed = members.map((f) => {
    const c = f.company;
    return { f, located: c.located, lon: c.lonRad, lat: c.latRad, zone: c.zoneKey, id: f.id };
  });
  keyed.sort((a, b) => {
    if (a.located !== b.located) return a.located ? -1 : 1;
    if (a.located) return a.lon - b.lon || a.lat - b.lat || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return a.zone < b.zone ? -1 : a.zone > b.zone ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return keyed.map((k) => k.f);
}

interface Candidate {
  f: PreparedFlux;
  /** Distance to the seed; unknown (another park, no position) sorts last. */
  d: number;
}

const nearestFirst = (a: Candidate, b: Candidate) => a.d - b.d || byId(a.f, b.f);

/**
 * Visits, each once, at least every member within `radiusKm` of the seed (Infinity: every member),
 * every member of its park, and for round and neighbour scopes the members placed only by the
 * parks of those within `radiusKm`; a superset is fine, members already taken are skipped.
 */
export type CandidateSearch = (seed: PreparedFlux, radiusKm: number, visit: (f: PreparedFlux) => void) => void;

/**
 * A session is filled nearest first: searching within growing radii gives the same session as
 * sorting the whole territory, as long as it is full before the radius is passed.
 */
const SESSION_RADII_KM = [5, 15, 45, Infinity];

/** Members not taken yet, found searching `searchKm` around the seed and kept by `keep`, nearest first. */
function candidatesOf(
  seed: PreparedFlux,
  searchKm: number,
  keep: (f: PreparedFlux, d: number) => boolean,
  taken: ReadonlySet<PreparedFlux>,
  search: CandidateSearch,
): Candidate[] {
  const candidates: Candidate[] = [];
  search(seed, searchKm, (f) => {
    if (taken.has(f)) return;
    const d = pairDistance(seed.company, f.company);
    if (keep(f, d)) candidates.push({ f, d: d === d ? d : Infinity });
  });
  return candidates.sort(nearestFirst);
}

/**
 * A training session from its seed: nearest trainees first, skipping those who would overfill it,
 * until it reaches `target` (the bucket's trainees shared evenly: 8 + 7 rather than 12 + 3).
 */
function session(
  seed: PreparedFlux,
  taken: ReadonlySet<PreparedFlux>,
  search: CandidateSearch,
  capacity: number,
  target: number,
): PreparedFlux[] {
  let group = [seed];
  for (const radius of SESSION_RADII_KM) {
    group = [seed];
    let load = trainees(seed);
    const within = (_: PreparedFlux, d: number) => (d === d ? d <= radius : radius === Infinity);
    for (const { f } of candidatesOf(seed, radius, within, taken, search)) {
      if (load >= target) break;
      const w = trainees(f);
      if (load + w > capacity) continue;
      group.push(f);
      load += w;
    }
    if (load >= target) break;
  }
  return group;
}

const loadOf = (group: readonly PreparedFlux[]) => group.reduce((s, f) => s + trainees(f), 0);

/** Trainees of a bucket shared evenly between the fewest sessions that hold them. */
function sessionTarget(order: readonly PreparedFlux[], capacity: number): number {
  const total = order.reduce((s, f) => s + (trainees(f) >= capacity ? 0 : trainees(f)), 0);
  return Math.ceil(total / Math.max(1, Math.ceil(total / capacity)));
}

/**
 * No company left alone: a session of one company joins the session with the fewest trainees that
 * has room for it (ties: first flux id), else stays out as before.
 */
function rehomeLoners(groups: PreparedFlux[][], loners: PreparedFlux[][], capacity: number): void {
  for (const lone of loners) {
    const w = loadOf(lone);
    let best: PreparedFlux[] | undefined;
    for (const g of groups) {
      if (loadOf(g) + w > capacity) continue;
      if (!best || loadOf(g) < loadOf(best)) best = g;
    }
    best?.push(...lone);
  }
}

/** Located members of each park in a bucket: where a company placed only by its park may be. */
type ParkPlaces = ReadonlyMap<string, readonly PreparedFlux[]>;

function parkPlaces(members: readonly PreparedFlux[]): ParkPlaces {
  const places = new Map<string, PreparedFlux[]>();
  for (const f of members) {
    const park = f.company.zoneKey;
    if (park === '' || !f.company.located) continue;
    const list = places.get(park);
    if (list) list.push(f);
    else places.set(park, [f]);
  }
  return places;
}

/**
 * Two members may share a round or a group: linked, or one is placed only by its park and the
 * other is linked to a located member of that park (it is as near as its park's companies are).
 */
export function near(a: PreparedFlux, b: PreparedFlux, scope: Scope, parks: ParkPlaces): boolean {
  return linked(a, b, scope) || viaPark(a, b, scope, parks) || viaPark(b, a, scope, parks);
}

/** `u` is placed only by its park, and `v` is linked to a located company of that park. */
function viaPark(u: PreparedFlux, v: PreparedFlux, scope: Scope, parks: ParkPlaces): boolean {
  if (u.company.located || u.company.zoneKey === '') return false;
  const places = parks.get(u.company.zoneKey);
  if (places) for (const g of places) if (linked(g, v, scope)) return true;
  return false;
}

/** `f` is near every member of the group from `from` on (the hot loop of a round: no closure). */
function nearAll(group: readonly PreparedFlux[], f: PreparedFlux, scope: Scope, parks: ParkPlaces, from: number): boolean {
  for (let i = from; i < group.length; i++) if (!near(group[i]!, f, scope, parks)) return false;
  return true;
}

/** A round or neighbour group from its seed: nearest first, every two members near each other. */
function clique(
  seed: PreparedFlux,
  taken: ReadonlySet<PreparedFlux>,
  search: CandidateSearch,
  scope: Scope,
  parks: ParkPlaces,
): PreparedFlux[] {
  const group = [seed];
  const companies = new Set([seed.company.id]);
  // Members near the seed are in its park, within linkKm, or in the park of a member within
  // linkKm (the search visits those parks too).
  const searchKm = Math.min(seed.reachKm, scope.linkKm);
  // Those not near the seed could never join: left out before sorting.
  const nearSeed = (f: PreparedFlux) => near(seed, f, scope, parks);
  for (const { f } of candidatesOf(seed, searchKm, nearSeed, taken, search)) {
    const newcomer = !companies.has(f.company.id);
    if (newcomer && companies.size >= scope.capacity) continue;
    // A round's stops are all close to each other, not a chain.
    if (!nearAll(group, f, scope, parks, 1)) continue;
    group.push(f);
    companies.add(f.company.id);
  }
  return group;
}

/** Rule shown in the synergy's detail: a neighbour group inside one park says so. */
export function groupRuleOf(members: readonly PreparedFlux[]): GroupRule {
  const rule = scopeOf(members[0]!).rule;
  if (rule !== 'neighbours') return rule;
  const park = members[0]!.company.zoneKey;
  return park !== '' && members.every((m) => m.company.zoneKey === park) ? 'park' : 'neighbours';
}

/**
 * Groups of one bucket's members (each sorted by flux id, groups sorted by first id), with at least
 * two companies. Territory: all members. Otherwise seeds are taken west to east and each grows
 * from the nearest members not yet taken.
 */
export function groupsOf(members: readonly PreparedFlux[], search: CandidateSearch): PreparedFlux[][] {
  if (members.length === 0) return [];
  const scope = scopeOf(members[0]!);
  const raw = scope.rule === 'territory' ? [[...members]] : seeded(seedOrder(members), scope, search);
  const groups: PreparedFlux[][] = [];
  for (const group of raw) {
    if (!group.some((f) => f.company !== group[0]!.company)) continue;
    groups.push(group.sort(byId));
  }
  return groups.sort((a, b) => byId(a[0]!, b[0]!));
}

function seeded(order: readonly PreparedFlux[], scope: Scope, search: CandidateSearch): PreparedFlux[][] {
  const taken = new Set<PreparedFlux>();
  const parks = parkPlaces(order);
  const groups: PreparedFlux[][] = [];
  const loners: PreparedFlux[][] = [];
  const target = scope.rule === 'session' ? sessionTarget(order, scope.capacity) : 0;
  for (const seed of order) {
    if (taken.has(seed)) continue;
    taken.add(seed);
    // A company that fills a session on its own organises it itself.
    if (scope.rule === 'session' && trainees(seed) >= scope.capacity) continue;
    const group =
      scope.rule === 'session' ? session(seed, taken, search, scope.capacity, target) : clique(seed, taken, search, scope, parks);
    for (const f of group) taken.add(f);
    if (group.some((f) => f.company !== seed.company)) groups.push(group);
    else if (scope.rule === 'session') loners.push(group);
  }
  if (scope.rule === 'session') rehomeLoners(groups, loners, scope.capacity);
  return groups;
}
