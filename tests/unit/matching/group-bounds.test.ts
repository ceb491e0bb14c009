// Mutualisation groups stay bounded whatever the data: a session holds at most 12 trainees, a
// round or a neighbour group at most 20 companies all close to each other, a purchase group is
// the whole territory; and a large group's spread is its true largest distance.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Company, type Flux } from '../../../src/domain';
import { MatchEngine } from '../../../src/matching/engine';
import { haversineKm } from '../../../src/matching/geo';
import { mutualisationKey, trainees } from '../../../src/matching/mutualisation';
import { prepareAll, type PreparedFlux } from '../../../src/matching/prepare';
import { NEIGHBOUR_COMPANIES, NEIGHBOUR_KM, ROUND_COMPANIES, ROUND_KM, SESSION_TRAINEES } from '../../../src/matching/scope';
import { syntheticRegion } from '../../../src/matching/synthetic';
import { company, flux } from '../../fixtures/matching';

function checkGroups(companies: Company[], fluxes: Flux[]) {
  const engine = new MatchEngine({ topN: 5, now: 1 });
  engine.load({ companies, flux: fluxes });
  const prepared = new Map(prepareAll(companies, fluxes).flux.map((f) => [f.id, f]));
  const bucketSizes = new Map<string, number>();
  for (const f of prepared.values()) {
    const key = mutualisationKey(f);
    if (key) bucketSizes.set(key, (bucketSizes.get(key) ?? 0) + 1);
  }
  for (const s of engine.synergies()) {
    if (s.kind !== 'mutualisation') continue;
    const members = s.fluxIds.map((id) => prepared.get(id)!);
    if (s.groupRule === 'session') {
      expect(members.reduce((sum, f) => sum + trainees(f), 0)).toBeLessThanOrEqual(SESSION_TRAINEES);
    } else if (s.groupRule === 'territory') {
      expect(members).toHaveLength(bucketSizes.get(mutualisationKey(members[0]!)!)!);
    } else {
      const [limitKm, most] = s.groupRule === 'round' ? [ROUND_KM, ROUND_COMPANIES] : [NEIGHBOUR_KM, NEIGHBOUR_COMPANIES];
      expect(s.companyIds.length).toBeLessThanOrEqual(most);
      // One assertion per group, not per pair: tens of thousands of expect() calls made this test slow.
      const far = members.flatMap((a) => members.filter((b) => !closeEnough(a, b, limitKm)).map((b) => `${a.id} ${b.id}`));
      expect(far, s.id).toEqual([]);
    }
  }
}

/** Two located members of a round or neighbour group: same park, or within the scope's distance. */
function closeEnough(a: PreparedFlux, b: PreparedFlux, limitKm: number): boolean {
  if (!a.company.located || !b.company.located || a.company === b.company) return true;
  return (a.company.zoneKey !== '' && a.company.zoneKey === b.company.zoneKey) || haversineKm(a.company, b.company) <= limitKm;
}

describe('mutualisation groups', () => {
  it('stay within their scope’s bounds on random regions', () => {
    // Every size of region (dense to sparse), with and without unlocated companies, twice each:
    // drawn at random among them, 25 runs were needed to be likely to meet every pair.
    for (const sizeKm of [10, 40, 150]) {
      for (const unlocatedShare of [0, 0.2]) {
        fc.assert(
          fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 50, max: 3000 }), (seed, fluxCount) => {
            const region = syntheticRegion({ seed, fluxCount, sizeKm, unlocatedShare, companiesPerPark: 30 });
            checkGroups(region.companies, region.flux);
          }),
          { numRuns: 2 },
        );
      }
    }
  }, 60_000);

  it('measures a 300-company purchase group’s spread as its true largest distance', () => {
    const random = (() => {
      let a = 7;
      return () => (a = (a * 16807) % 2147483647) / 2147483647;
    })();
    const companies = Array.from({ length: 300 }, (_, i) => company(`c${i}`, `Entreprise ${i}`, random() * 40, random() * 30));
    const fluxes = companies.map((c) => flux(`gas-${c.id}`, c.id, 'nrj.natural-gas', 'need'));
    const engine = new MatchEngine({ topN: 5, now: 1 });
    engine.load({ companies, flux: fluxes });
    const [group] = engine.synergies();
    const places = prepareAll(companies, fluxes).flux.map((f) => f.company);
    let exact = 0;
    for (const a of places) for (const b of places) exact = Math.max(exact, haversineKm(a, b));
    expect(group!.companyIds).toHaveLength(300);
    expect(group!.distanceKm).toBeCloseTo(exact, 9);
  });
});
