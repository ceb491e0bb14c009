// Builds the stored Synergy records from a kept pair or group (ids, parts, explanation).
import type { Synergy } from '../domain';
import { pairDistance } from './geo';
import { explainMutualisation, explainSubstitution } from './explain';
import type { PreparedFlux } from './prepare';
import { mutualisationParts, substitutionParts, totalScore } from './score';
import { synergyId } from './synergy-id';

const uniqueSorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();

export function buildSubstitution(offer: PreparedFlux, need: PreparedFlux, now: number): Synergy {
  const distanceKm = pairDistance(offer.company, need.company);
  const scoreParts = substitutionParts(offer, need, distanceKm);
  const fluxIds = [offer.id, need.id].sort();
  return {
    id: synergyId('substitution', fluxIds),
    kind: 'substitution',
    family: offer.resource.family,
    resourceCodes: uniqueSorted([offer.resource.code, need.resource.code]),
    fluxIds,
    companyIds: uniqueSorted([offer.company.id, need.company.id]),
    territoryIds: uniqueSorted([offer.company.territoryId, need.company.territoryId]),
    score: totalScore(scoreParts),
    scoreParts,
    distanceKm,
    explanation: explainSubstitution(offer, need, distanceKm),
    computedAt: now,
  };
}

/** Largest known distance between two companies of the group (unknown pairs are skipped). */
function spreadKm(members: readonly PreparedFlux[]): number {
  const places = [...new Map(members.map((m) => [m.company.id, m.company])).values()];
  let max = 0;
  for (let i = 0; i < places.length; i++) {
    for (let j = i + 1; j < places.length; j++) {
      const d = pairDistance(places[i]!, places[j]!);
      if (d > max) max = d;
    }
  }
  return max;
}

/** `members` sorted by flux id, from at least two companies. */
export function buildMutualisation(members: readonly PreparedFlux[], now: number): Synergy {
  const first = members[0]!;
  const byCompany = new Map(members.map((m) => [m.company.id, m.company]));
  const companies = [...byCompany.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr') || (a.id < b.id ? -1 : 1));
  const spread = spreadKm(members);
  const scoreParts = mutualisationParts(members, companies.length, spread);
  const fluxIds = members.map((m) => m.id);
  return {
    id: synergyId('mutualisation', fluxIds),
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
    ),
    computedAt: now,
  };
}
