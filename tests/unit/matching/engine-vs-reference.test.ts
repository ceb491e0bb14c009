// The indexed engine finds exactly what the all-pairs reference finds, on random regions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MatchEngine } from '../../../src/matching/engine';
import { referenceMatch } from '../../../src/matching/reference';
import { syntheticRegion } from '../../../src/matching/synthetic';

function engineMatch(input: Parameters<typeof referenceMatch>[0], topN: number) {
  const engine = new MatchEngine({ topN, now: 1 });
  engine.load(input);
  return engine.synergies();
}

describe('engine == reference', () => {
  it('on small random regions (dense or sparse, some companies placed only by their park)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 2, max: 300 }),
        // 3,000 km spans ~27°: the projection gives up pruning (wide data) and must stay exact.
        fc.constantFrom(5, 20, 60, 150, 3000),
        fc.constantFrom(0, 0.2),
        fc.integer({ min: 1, max: 12 }),
        (seed, fluxCount, sizeKm, unlocatedShare, topN) => {
          const region = syntheticRegion({ seed, fluxCount, sizeKm, unlocatedShare, companiesPerPark: 8 });
          expect(engineMatch(region, topN)).toEqual(referenceMatch(region, { topN, now: 1 }));
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);

  it('on a 2,000-flux region', () => {
    const region = syntheticRegion({ seed: 2024, fluxCount: 2000, sizeKm: 60, unlocatedShare: 0.1 });
    const synergies = engineMatch(region, 10);
    expect(synergies.length).toBeGreaterThan(100);
    expect(synergies).toEqual(referenceMatch(region, { topN: 10, now: 1 }));
  });
});
