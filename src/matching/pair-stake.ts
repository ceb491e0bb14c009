// A substitution's estimated yearly stake: the quantity both sides can exchange (the smaller when
// both are known in comparable units, else the one known), through the entry's emission factor.
import { CO2_FACTOR_OF_ENTRY, stakeOf, type Stake } from '../domain';
import type { PreparedFlux } from './prepare';

export function pairStake(offer: PreparedFlux, need: PreparedFlux): Stake | undefined {
  const code = CO2_FACTOR_OF_ENTRY[offer.resource.code] ? offer.resource.code : need.resource.code;
  if (offer.yearly !== undefined && need.yearly !== undefined && offer.dimension === need.dimension) {
    return stakeOf(code, offer.dimension, Math.min(offer.yearly, need.yearly));
  }
  return stakeOf(code, offer.dimension, offer.yearly) ?? stakeOf(code, need.dimension, need.yearly);
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
