// How good a synergy is, 0–100, from four parts a referent can read: is it the same resource, do
// the quantities match, how close are the companies, are they available at the same time.
import type { ScoreParts } from '../domain';
import { verdictOf } from './compatibility';
import type { PreparedFlux } from './prepare';

/** Weights of the parts; distance first because transport decides most synergies in practice. */
const WEIGHTS = { resource: 0.25, quantity: 0.25, distance: 0.3, timing: 0.2 } as const;

/** Unknown or incomparable quantities: neither a good nor a bad sign. */
const UNKNOWN_QUANTITY = 50;
/** An occasional flux may or may not be there when needed. */
const OCCASIONAL_TIMING = 60;

function popcount(n: number): number {
  let c = 0;
  for (let m = n; m !== 0; m &= m - 1) c++;
  return c;
}

/**
 * 100 the same entry, 70 a declared compatibility (wood offcuts → biomass), 50 a close free label;
 * lower when a grade, temperature or pressure is unsaid (pair-rules.ts). 0 for a pair that must not be.
 */
export function resourcePart(offer: PreparedFlux, need: PreparedFlux): number {
  // Flux no rule reads (most): the same entry or a declared compatibility.
  if (offer.profile.key === '' && need.profile.key === '') return offer.resource.code === need.resource.code ? 100 : 70;
  return verdictOf(offer, need)?.resource ?? 0;
}

/** Ratio of the smaller to the larger yearly quantity: 12 t offered for 10 t needed scores 83. */
export function quantityPart(offer: PreparedFlux, need: PreparedFlux): number {
  if (offer.yearly === undefined || need.yearly === undefined || offer.dimension !== need.dimension) {
    return UNKNOWN_QUANTITY;
  }
  const max = Math.max(offer.yearly, need.yearly);
  if (max === 0) return UNKNOWN_QUANTITY;
  return Math.round((100 * Math.min(offer.yearly, need.yearly)) / max);
}

/** Linear from 100 next door to 0 at the edge of reach. */
export function distancePart(distanceKm: number, reachKm: number): number {
  if (reachKm <= 0) return 0;
  return Math.max(0, Math.min(100, Math.round(100 * (1 - distanceKm / reachKm))));
}

/** Share of the need's months the offer covers. */
export function timingPart(offer: PreparedFlux, need: PreparedFlux): number {
  const covered = Math.round((100 * popcount(offer.months & need.months)) / Math.max(1, popcount(need.months)));
  return offer.occasional || need.occasional ? Math.min(covered, OCCASIONAL_TIMING) : covered;
}

export function totalScore(p: ScoreParts): number {
  return Math.round(
    WEIGHTS.resource * p.resource + WEIGHTS.quantity * p.quantity + WEIGHTS.distance * p.distance + WEIGHTS.timing * p.timing,
  );
}

export function substitutionParts(offer: PreparedFlux, need: PreparedFlux, distanceKm: number): ScoreParts {
  return {
    resource: resourcePart(offer, need),
    quantity: quantityPart(offer, need),
    distance: distancePart(distanceKm, Math.min(offer.reachKm, need.reachKm)),
    timing: timingPart(offer, need),
  };
}

/** Same as totalScore(substitutionParts(…)) without allocating: this runs for every candidate pair. */
export function substitutionScore(offer: PreparedFlux, need: PreparedFlux, distanceKm: number): number {
  return Math.round(
    WEIGHTS.resource * resourcePart(offer, need) +
      WEIGHTS.quantity * quantityPart(offer, need) +
      WEIGHTS.distance * distancePart(distanceKm, Math.min(offer.reachKm, need.reachKm)) +
      WEIGHTS.timing * timingPart(offer, need),
  );
}

/**
 * A group scores on its size (more companies, better terms), its spread within the reach of the
 * resource, and whether the members' months overlap. A territory-wide purchase does not depend on
 * distance (`distanceMatters` false): its distance part is 100.
 */
export function mutualisationParts(
  members: readonly PreparedFlux[],
  companyCount: number,
  spreadKm: number,
  distanceMatters = true,
): ScoreParts {
  let reach = Infinity;
  for (const m of members) if (m.reachKm < reach) reach = m.reachKm;
  let common = 0xfff;
  for (const m of members) common &= m.months;
  return {
    resource: 100,
    quantity: Math.min(100, 50 + 25 * (companyCount - 2)),
    distance: distanceMatters ? distancePart(spreadKm, reach) : 100,
    timing: Math.round((100 * popcount(common)) / 12),
  };
}
