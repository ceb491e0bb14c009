// Updating one company at a time gives the same synergies as recomputing everything.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TAXONOMY, type Company, type Flux, type Synergy } from '../../../src/domain';
import { MatchEngine } from '../../../src/matching/engine';
import { seededRandom, syntheticFlux, syntheticRegion } from '../../../src/matching/synthetic';

const withoutTime = (synergies: Iterable<Synergy>) =>
  [...synergies].map(({ computedAt: _, ...rest }) => rest).sort((a, b) => (a.id < b.id ? -1 : 1));

const EDIT_KINDS = 7;

/** 0 … count − 1 in a random order (Fisher–Yates). */
function shuffled(random: () => number, count: number): number[] {
  const out = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** One edit of a company of the given kind, as an advisor would make during a visit. */
function edit(random: () => number, choice: number, company: Company, own: Flux[], step: number): { company: Company; flux: Flux[] } {
  const resource = TAXONOMY[Math.floor(random() * TAXONOMY.length)]!;
  switch (choice) {
    case 0:
      return { company, flux: [...own, syntheticFlux(`new-${step}`, company.id, resource, random)] };
    case 1:
      return { company, flux: own.filter(() => random() < 0.5) };
    case 2:
      return { company, flux: own.map((f) => ({ ...f, quantity: Math.round(random() * 100), unit: f.unit ?? undefined })) };
    case 3: {
      const location = company.location && { lat: company.location.lat + (random() - 0.5) * 0.2, lon: company.location.lon };
      return { company: { ...company, location, name: `${company.name} (déménagée)` }, flux: own };
    }
    case 4:
      return { company: { ...company, deleted: true }, flux: own };
    case 5:
      // Renamed, same place: groups stay, their records carry the new name.
      return { company: { ...company, name: `${company.name} SA` }, flux: own };
    default:
      return {
        company,
        flux: own.map((f) => (random() < 0.5 ? { ...f, deleted: true } : { ...f, maxDistanceKm: 1 + Math.round(random() * 40) })),
      };
  }
}

describe('incremental update == full recompute', () => {
  it('after random single-company changes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 20, max: 400 }),
        fc.integer({ min: 1, max: 10 }),
        (seed, fluxCount, topN) => {
          const random = seededRandom(seed ^ 0x5bd1e995);
          let { companies, flux } = syntheticRegion({ seed, fluxCount, sizeKm: 30, unlocatedShare: 0.15, companiesPerPark: 6 });
          const engine = new MatchEngine({ topN, now: 1 });
          engine.load({ companies, flux });
          const stored = new Map(engine.synergies().map((s) => [s.id, s]));
          // Every kind of edit in every run, in a random order, then one more of any kind: fewer
          // runs than when kinds were drawn at random, with each kind still met in each region.
          const kinds = shuffled(random, EDIT_KINDS);
          kinds.push(Math.floor(random() * EDIT_KINDS));
          for (const [step, kind] of kinds.entries()) {
            const target = companies[Math.floor(random() * companies.length)]!;
            const changed = edit(
              random,
              kind,
              target,
              flux.filter((f) => f.companyId === target.id),
              step,
            );
            companies = companies.map((c) => (c.id === target.id ? changed.company : c));
            flux = [...flux.filter((f) => f.companyId !== target.id), ...changed.flux];
            const diff = engine.updateCompany(target.id, changed.company, changed.flux, 2 + step);
            for (const id of diff.removed) stored.delete(id);
            for (const s of diff.upserted) stored.set(s.id, s);

            const fresh = new MatchEngine({ topN, now: 1 });
            fresh.load({ companies, flux });
            // Built once: building every record is most of this property test's time.
            const expected = withoutTime(fresh.synergies());
            expect(withoutTime(stored.values())).toEqual(expected);
            expect(withoutTime(engine.synergies())).toEqual(expected);
          }
        },
      ),
      { numRuns: 16 },
    );
  }, 30_000);

  it('stays exact when a company moves beyond the area the grid was built for', () => {
    const { flux, ...region } = syntheticRegion({ seed: 5, fluxCount: 300, sizeKm: 20 });
    let { companies } = region;
    const engine = new MatchEngine({ topN: 5, now: 1 });
    engine.load({ companies, flux });
    const stored = new Map(engine.synergies().map((s) => [s.id, s]));
    // Réunion, 9,000 km away, then back next to its old place.
    for (const location of [{ lat: -21.1, lon: 55.5 }, companies[0]!.location!]) {
      const moved = { ...companies[0]!, location };
      companies = [moved, ...companies.slice(1)];
      const diff = engine.updateCompany(
        moved.id,
        moved,
        flux.filter((f) => f.companyId === moved.id),
        2,
      );
      for (const id of diff.removed) stored.delete(id);
      for (const s of diff.upserted) stored.set(s.id, s);
      const fresh = new MatchEngine({ topN: 5, now: 1 });
      fresh.load({ companies, flux });
      expect(withoutTime(stored.values())).toEqual(withoutTime(fresh.synergies()));
    }
  });

  it('reports a deleted company’s synergies as removed', () => {
    const { companies, flux } = syntheticRegion({ seed: 3, fluxCount: 300, sizeKm: 20 });
    const engine = new MatchEngine({ topN: 10, now: 1 });
    engine.load({ companies, flux });
    const target = companies.find((c) => engine.synergies().some((s) => s.companyIds.includes(c.id)))!;
    const before = engine.synergies().filter((s) => s.companyIds.includes(target.id));
    const diff = engine.updateCompany(target.id, undefined, []);
    const substitutions = before.filter((s) => s.kind === 'substitution').map((s) => s.id);
    expect(diff.removed).toEqual(expect.arrayContaining(substitutions));
    expect(engine.synergies().some((s) => s.companyIds.includes(target.id))).toBe(false);
  });
});
