// A substitution's estimated yearly stake: the quantity both sides can exchange (the smaller when
// both are known in comparable units, else the one known), through the entry's emission factor.
import { CO2_FACTOR_OF_ENTRY, stakeOf, type Stake } from '../domain';
import type { PreparedFlux } from './prepare';

/**
 * A flux's own stake (its yearly quantity through its own entry's factor), computed once and shared
 * (frozen) by every record and held entry it takes part in: most pairs take the smaller quantity of
 * two flux of the same entry, so a run of 200,000 pairs builds ~100,000 stakes instead of 200,000.
 */
const OWN_STAKE = new WeakMap<PreparedFlux, Stake | null>();

function ownStake(f: PreparedFlux): Stake | undefined {
  let stake = OWN_STAKE.get(f);
  if (stake === undefined) {
    const computed = stakeOf(f.resource.code, f.dimension, f.yearly);
    OWN_STAKE.set(f, (stake = computed ? Object.freeze(computed) : null));
  }
  return stake ?? undefined;
}

/** The stake of `f`'s yearly quantity through the entry `code` (shared when it is `f`'s own). */
const stakeThrough = (code: string, f: PreparedFlux): Stake | undefined =>
  code === f.resource.code ? ownStake(f) : stakeOf(code, f.dimension, f.yearly);

export function pairStake(offer: PreparedFlux, need: PreparedFlux): Stake | undefined {
  const code = CO2_FACTOR_OF_ENTRY[offer.resource.code] ? offer.resource.code : need.resource.code;
  if (offer.yearly !== undefined && need.yearly !== undefined && offer.dimension === need.dimension) {
    return offer.yearly <= need.yearly ? stakeThrough(code, offer) : stakeThrough(code, need);
  }
  return stakeThrough(code, offer) ?? stakeThrough(code, need);
}

/** A collection round's stake: the tonnes its members give away, through the entry's factor. */
export function groupStake(members: readonly PreparedFlux[]): Stake | undefined {
  const first = members[0];
  if (!first || first.resource.mutualisation !== 'shared-collection') return undefined;
  let mass = 0;
  for (const m of members) if (m.dimension === 'mass' && m.yearly !== undefined) mass += m.yearly;
  return stakeOf(first.resource.code, 'mass', mass);
}

/** Sort key of a stake: t CO2e first, then tonnes and MWh (a proposal without factor still ranks by size). */
export const stakeKey = (s: Stake | undefined): number => (s ? (s.tco2e ?? 0) * 1e6 + (s.tonnes ?? 0) + (s.mwh ?? 0) : -1);
