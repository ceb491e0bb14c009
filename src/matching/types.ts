// What the matcher reads (the slices of companies and flux it needs) and what an update returns.
import type { Company, Flux, Synergy } from '../domain';

export type MatchCompany = Pick<Company, 'id' | 'name' | 'territoryId' | 'zone' | 'location' | 'deleted'> &
  // The commune's kind (the company's own, else its territory's): collective self-consumption reach.
  Partial<Pick<Company, 'setting'>> & {
    /** Its location is its park's centre or its territory's (company-place.ts): no distance is printed. */
    placedBy?: 'park' | 'territory';
  };

export type MatchFlux = Pick<
  Flux,
  | 'id'
  | 'companyId'
  | 'family'
  | 'resourceCode'
  | 'direction'
  | 'label'
  | 'quantity'
  | 'unit'
  | 'period'
  | 'availability'
  | 'maxDistanceKm'
  | 'confidential'
  | 'deleted'
> &
  // Optional here: the worker's message schema may not carry them yet (then: not accepted, no R code).
  Partial<
    Pick<
      Flux,
      'recoveryOperation' | 'acceptsHazardous' | 'wasteCode' | 'description' | 'grade' | 'acceptedGrades' | 'temperatureC' | 'pressureBar'
    >
  >;

export interface MatchInput {
  companies: readonly MatchCompany[];
  flux: readonly MatchFlux[];
}

export interface MatchOptions {
  /** Substitution candidates kept per flux (a pair stays if it is in the top list of either side). */
  topN: number;
  /** Stamped as `computedAt` on the synergies built by this run. */
  now: number;
}

/** Five partners per flux: a referent reviews a handful per flux, not ten (see README). */
export const DEFAULT_TOP_N = 5;

/** What changed after one company's data changed: apply it to the stored synergies. */
export interface MatchDiff {
  removed: string[];
  /** New synergies and ones whose content may have changed. */
  upserted: Synergy[];
}
