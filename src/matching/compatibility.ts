// Which resource codes may meet by substitution (declared `feeds`, or « Autre » with the entries of
// its family, and every entry with every « Autre », for a label check), and the verdict on a prepared pair:
// pair rules (pair-rules.ts) and the hazardous-waste rule.
import { TAXONOMY, feedableNeeds, type ResourceType } from '../domain';
import { pairVerdict, type PairVerdict } from './pair-rules';
import type { PreparedFlux } from './prepare';

const DECLARED = new Map<string, readonly string[]>();
const FEEDS = new Map<string, string[]>();
const FED_BY = new Map<string, string[]>();
const OTHERS = TAXONOMY.filter((r) => r.isOther);

/**
 * Codes an « Autre » may be compared with, on its label: the entries of its family and every
 * « Autre » (sawdust offered may meet « Autre (énergie) : chaufferie à sciure »).
 */
function freePartners(r: ResourceType): ResourceType[] {
  if (r.isOther) return [...TAXONOMY.filter((x) => x.family === r.family && !x.isOther), ...OTHERS];
  return OTHERS;
}

const add = (map: Map<string, string[]>, key: string, value: string) => {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
};
for (const r of TAXONOMY) {
  DECLARED.set(r.code, feedableNeeds(r.code));
  for (const need of [...feedableNeeds(r.code), ...freePartners(r).map((x) => x.code)]) {
    add(FEEDS, r.code, need);
    add(FED_BY, need, r.code);
  }
}

/** Need codes an offer of `code` may meet (itself first). */
export const needsFedBy = (offerCode: string): readonly string[] => FEEDS.get(offerCode) ?? [];

/** Offer codes that may meet a need of `code`. */
export const offersFeeding = (needCode: string): readonly string[] => FED_BY.get(needCode) ?? [];

/** A declared compatibility: the same entry, or one of its `feeds`. */
export const canFeed = (offerCode: string, needCode: string): boolean => DECLARED.get(offerCode)?.includes(needCode) ?? false;

/**
 * Verdicts per pair of profiles (interned: flux-profile.ts). A profile with no rule ('' key) reads
 * only its entry, so its entry stands for it in the key.
 */
const VERDICTS = new Map<object, Map<object, PairVerdict | null>>();
const cacheKey = (f: PreparedFlux): object => (f.profile.key === '' ? f.resource : f.profile);

/** The pair rules' verdict on an offer and a need (null: never paired), hazard aside; not cached. */
export const pairVerdictOf = (offer: PreparedFlux, need: PreparedFlux): PairVerdict | null =>
  pairVerdict(offer, need, canFeed(offer.resource.code, need.resource.code));

/** verdictOf, cached per pair of profiles (what records read: score parts, checks to make). */
export function verdictOf(offer: PreparedFlux, need: PreparedFlux): PairVerdict | null {
  const ko = cacheKey(offer);
  const kn = cacheKey(need);
  let inner = VERDICTS.get(ko);
  if (!inner) {
    if (VERDICTS.size > 50_000) VERDICTS.clear();
    VERDICTS.set(ko, (inner = new Map()));
  }
  let verdict = inner.get(kn);
  if (verdict === undefined) {
    verdict = pairVerdictOf(offer, need);
    inner.set(kn, verdict);
  }
  return verdict;
}

/** An offer may feed the need, and a hazardous (or unknown) waste only goes to a need that accepts it. */
export const mayPair = (offer: PreparedFlux, need: PreparedFlux): boolean =>
  (!offer.hazardous || need.acceptsHazardous) && verdictOf(offer, need) !== null;
