// The test oracle: compares every offer with every need and every pair of shareable flux, with
// the same rules as the engine but no index. Quadratic: use it up to ~10,000 flux.
import type { Synergy } from '../domain';
import { buildMutualisation, buildSubstitution } from './build-synergy';
import { mayPair } from './compatibility';
import { pairDistance } from './geo';
import { groupsOf, mutualisationKey } from './mutualisation';
import { prepareAll, type PreparedFlux } from './prepare';
import { substitutionScore } from './score';
import { insertTop, type Candidate } from './top-n';
import type { MatchInput, MatchOptions } from './types';

export function referenceMatch(input: MatchInput, options: MatchOptions): Synergy[] {
  const { flux } = prepareAll(input.companies, input.flux);
  const tops = new Map<PreparedFlux, Candidate[]>(flux.map((f) => [f, []]));
  const synergies: Synergy[] = [];

  for (const offer of flux) {
    if (offer.direction !== 'offer') continue;
    for (const need of flux) {
      if (need.direction !== 'need' || need.company === offer.company) continue;
      if (!mayPair(offer, need)) continue;
      const d = pairDistance(offer.company, need.company);
      if (!(d <= Math.min(offer.reachKm, need.reachKm))) continue;
      const score = substitutionScore(offer, need, d);
      insertTop(tops.get(offer)!, options.topN, { otherId: need.id, score, distanceKm: d });
      insertTop(tops.get(need)!, options.topN, { otherId: offer.id, score, distanceKm: d });
    }
  }
  const byId = new Map(flux.map((f) => [f.id, f]));
  const kept = new Set<string>();
  for (const [f, list] of tops) {
    for (const c of list) {
      const [offer, need] = f.direction === 'offer' ? [f, byId.get(c.otherId)!] : [byId.get(c.otherId)!, f];
      const key = `${offer.id}\n${need.id}`;
      if (kept.has(key)) continue;
      kept.add(key);
      synergies.push(buildSubstitution(offer, need, options.now));
    }
  }

  const buckets = new Map<string, PreparedFlux[]>();
  for (const f of flux) {
    const key = mutualisationKey(f);
    if (key === undefined) continue;
    const members = buckets.get(key);
    if (members) members.push(f);
    else buckets.set(key, [f]);
  }
  for (const members of buckets.values()) {
    for (const group of groupsOf(members, (_, __, visit) => members.forEach(visit))) {
      synergies.push(buildMutualisation(group, options.now));
    }
  }
  return synergies.sort((a, b) => (a.id < b.id ? -1 : 1));
}
