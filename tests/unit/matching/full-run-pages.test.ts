// A full run's pages, put together, are exactly the non-paged result; and they do not move when the
// engine is updated afterwards (the page side may still be writing them).
import { describe, expect, it } from 'vitest';
import type { Synergy } from '../../../src/domain';
import { MatchEngine } from '../../../src/matching/engine';
import type { FullRun } from '../../../src/matching/full-run';
import { syntheticRegion } from '../../../src/matching/synthetic';

const byId = (a: Synergy, b: Synergy) => (a.id < b.id ? -1 : 1);
const pagesOf = (run: FullRun) => Array.from({ length: run.pageCount }, (_, k) => run.page(k));

describe('full run pages', () => {
  const region = syntheticRegion({ seed: 11, fluxCount: 600, sizeKm: 30, unlocatedShare: 0.1, companiesPerPark: 6 });
  const engine = new MatchEngine({ topN: 5, now: 3 });
  engine.load(region);
  const expected = engine.synergies();

  it.each([1, 7, 100, expected.length, expected.length + 1, 5000])('put together equal the non-paged result (pages of %i)', (size) => {
    const run = engine.snapshot(3, size);
    const pages = pagesOf(run);
    expect(run.pageCount).toBe(Math.ceil(expected.length / size));
    // Every page full but the last; done counts match the boundaries.
    pages.forEach((p, k) => {
      expect(p.length).toBe(k < pages.length - 1 ? size : expected.length - size * (pages.length - 1));
      expect(run.doneAfter(k)).toBe(Math.min((k + 1) * size, expected.length));
    });
    const all = pages.flat();
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    expect([...all].sort(byId)).toEqual(expected);
    expect(run.counts).toEqual({
      substitutions: expected.filter((s) => s.kind === 'substitution').length,
      mutualisations: expected.filter((s) => s.kind === 'mutualisation').length,
      total: expected.length,
    });
  });

  it('refuses a page out of range or a bad page size', () => {
    const run = engine.snapshot(3, 100);
    expect(() => run.page(run.pageCount)).toThrow(RangeError);
    expect(() => run.page(-1)).toThrow(RangeError);
    expect(() => engine.snapshot(3, 0)).toThrow(RangeError);
  });

  it('has no page when nothing matches', () => {
    const empty = new MatchEngine({ topN: 5, now: 0 });
    empty.load({ companies: [], flux: [] });
    expect(empty.snapshot().pageCount).toBe(0);
  });

  it('keeps its pages when the engine is updated meanwhile', () => {
    const local = new MatchEngine({ topN: 5, now: 3 });
    local.load(region);
    const run = local.snapshot(3, 50);
    const first = run.page(0);
    // Remove the companies of the first page's synergies: the engine changes, the snapshot must not.
    for (const id of new Set(first.flatMap((s) => s.companyIds))) local.updateCompany(id, undefined, []);
    expect(local.synergies()).not.toEqual(expected);
    expect(run.page(0)).toEqual(first);
    expect(pagesOf(run).flat().sort(byId)).toEqual(expected);
  });
});
