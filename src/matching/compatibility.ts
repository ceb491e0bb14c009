// Which resource codes can be matched by substitution, precomputed from the taxonomy's `feeds`,
// and the hazardous-waste rule.
import { TAXONOMY, feedableNeeds } from '../domain';
import type { PreparedFlux } from './prepare';

const FEEDS = new Map<string, readonly string[]>();
const FED_BY = new Map<string, string[]>();
for (const r of TAXONOMY) {
  const needs = feedableNeeds(r.code);
  FEEDS.set(r.code, needs);
  for (const need of needs) {
    const offers = FED_BY.get(need);
    if (offers) offers.push(r.code);
    else FED_BY.set(need, [r.code]);
  }
}

/** Need codes an offer of `code` can feed (itself first). */
export const needsFedBy = (offerCode: string): readonly string[] => FEEDS.get(offerCode) ?? [];

/** Offer codes that can feed a need of `code`. */
export const offersFeeding = (needCode: string): readonly string[] => FED_BY.get(needCode) ?? [];

export const canFeed = (offerCode: string, needCode: string): boolean => needsFedBy(offerCode).includes(needCode);

/** An offer can feed the need, and a hazardous waste only goes to a need that explicitly accepts it. */
export const mayPair = (offer: PreparedFlux, need: PreparedFlux): boolean =>
  canFeed(offer.resource.code, need.resource.code) && (!offer.hazardous || need.acceptsHazardous);
