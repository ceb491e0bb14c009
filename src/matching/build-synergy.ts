// Builds the stored Synergy records from a kept pair or group (ids, parts, explanation).
import { groupIdentity, type Synergy } from '../domain';
import { pairDistance } from './geo';
import { explainMutualisation, explainSubstitution } from './explain';
import { groupRuleOf, scopeOf } from './mutualisation';
import { groupStake, pairStake } from './pair-stake';
import type { PreparedCompany, PreparedFlux } from './prepare';
import { mutualisationParts, substitutionParts, totalScore } from './score';
import { hashed } from './synergy-id';

const uniqueSorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();
/** uniqueSorted of two values, without the Set: this runs for every kept pair. */
const pairOf = (a: string, b: string): string[] => (a === b ? [a] : a < b ? [a, b] : [b, a]);
/** Resource and territory lists repeat across pairs: one frozen array per combination. */
const SHARED = new Map<string, Map<string, readonly string[]>>();
function sharedPair(a: string, b: string): string[] {
  let inner = SHARED.get(a);
  if (!inner) SHARED.set(a, (inner = new Map()));
  let list = inner.get(b);
  if (!list) inner.set(b, (list = Object.freeze(pairOf(a, b))));
  return list as string[];
}

/** `distanceKm` when the caller already has it (the engine's top lists: the same arithmetic). */
export function buildSubstitution(
  offer: PreparedFlux,
  need: PreparedFlux,
  now: number,
  distanceKm = pairDistance(offer.company, need.company),
): Synergy {
  const scoreParts = substitutionParts(offer, need, distanceKm);
  const fluxIds = pairOf(offer.id, need.id);
  // Every field in the literal, none added after nor spread: a field added after gives each record
  // a second allocation (its property store) and a slower shape, for 200,000 records a run. So
  // `stake` and `approximatePlace` are present, undefined when they do not apply (as when absent).
  return {
    // Same as synergyId('substitution', fluxIds), whose ids are already sorted here.
    id: hashed('sub:', fluxIds[0]!, fluxIds[1]),
    kind: 'substitution',
    family: offer.resource.family,
    resourceCodes: sharedPair(offer.resource.code, need.resource.code),
    fluxIds,
    companyIds: pairOf(offer.company.id, need.company.id),
    territoryIds: sharedPair(offer.company.territoryId, need.company.territoryId),
    score: totalScore(scoreParts),
    scoreParts,
    distanceKm,
    explanation: explainSubstitution(offer, need, distanceKm),
    computedAt: now,
    stake: pairStake(offer, need),
    approximatePlace: offer.company.placedBy !== undefined || need.company.placedBy !== undefined ? true : undefined,
  };
}

/** Same order as localeCompare(…, 'fr'), without building a collator per comparison (a territory group sorts hundreds of names). */
const FRENCH = new Intl.Collator('fr');

/** Above this many places, the spread is measured between the group's outermost companies. */
const EXACT_SPREAD_MAX = 64;

/**
 * Largest known distance between two companies of the group (unknown pairs are skipped). A
 * territory-wide group holds hundreds of companies: the farthest two are on its convex hull, so
 * only the hull's corners are compared (O(n log n) rather than O(n²)).
 */
function spreadKm(members: readonly PreparedFlux[]): number {
  let places = [...new Map(members.map((m) => [m.company.id, m.company])).values()];
  if (places.length > EXACT_SPREAD_MAX) places = hullOf(places.filter((p) => p.located));
  let max = 0;
  for (let i = 0; i < places.length; i++) {
    for (let j = i + 1; j < places.length; j++) {
      const d = pairDistance(places[i]!, places[j]!);
      if (d > max) max = d;
    }
  }
  return max;
}

/** Convex hull (monotone chain) of located places, in a local planar view of their coordinates. */
function hullOf(places: PreparedCompany[]): PreparedCompany[] {
  const x = (p: PreparedCompany) => p.lonRad * p.cosLat;
  const sorted = places.map((p) => ({ p, x: x(p), y: p.latRad })).sort((a, b) => a.x - b.x || a.y - b.y || (a.p.id < b.p.id ? -1 : 1));
  if (sorted.length < 3) return sorted.map((s) => s.p);
  type Pt = (typeof sorted)[number];
  const cross = (o: Pt, a: Pt, b: Pt) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const half = (points: Pt[]) => {
    const chain: Pt[] = [];
    for (const p of points) {
      while (chain.length >= 2 && cross(chain[chain.length - 2]!, chain[chain.length - 1]!, p) <= 0) chain.pop();
      chain.push(p);
    }
    chain.pop();
    return chain;
  };
  return [...half(sorted), ...half([...sorted].reverse())].map((s) => s.p);
}

/**
 * A group's id: its bucket and its anchor (domain/group-identity.ts), not its exact members, so that a
 * decision on it survives joins and departures. `members` sorted by flux id: the first is the oldest.
 */
export function groupId(members: readonly PreparedFlux[]): string {
  const first = members[0]!;
  const anchor = scopeOf(first).rule === 'territory' ? undefined : first.id;
  return groupIdentity(first.direction, first.resource.code, first.company.territoryId, anchor);
}

/** `members` sorted by flux id, from at least two companies. */
export function buildMutualisation(members: readonly PreparedFlux[], now: number): Synergy {
  const first = members[0]!;
  const byCompany = new Map(members.map((m) => [m.company.id, m.company]));
  const companies = [...byCompany.values()].sort((a, b) => FRENCH.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  const spread = spreadKm(members);
  const groupRule = groupRuleOf(members);
  const scoreParts = mutualisationParts(members, companies.length, spread, groupRule !== 'territory');
  const fluxIds = members.map((m) => m.id);
  return {
    id: groupId(members),
    kind: 'mutualisation',
    family: first.resource.family,
    resourceCodes: [first.resource.code],
    fluxIds,
    companyIds: uniqueSorted(byCompany.keys()),
    territoryIds: uniqueSorted(companies.map((c) => c.territoryId)),
    score: totalScore(scoreParts),
    scoreParts,
    distanceKm: spread,
    explanation: explainMutualisation(
      members,
      companies.map((c) => c.name),
      spread,
      groupRule,
    ),
    groupRule,
    // As for a pair: present, undefined when they do not apply (no spread).
    stake: groupStake(members),
    approximatePlace: members.some((m) => m.company.placedBy !== undefined) ? true : undefined,
    computedAt: now,
  };
}
