// « À traiter » asks the worker for one page: searched by company name or resource (accents and case
// aside), sorted by newest proposal, filtered as before — and fast with 10,000 proposals held.
import { describe, expect, it } from 'vitest';
import { searchKey, type Synergy } from '../../../src/domain';
import { MatchEngine } from '../../../src/matching/engine';
import { HeldSynergies } from '../../../src/matching/held-synergies';
import { SynergyQuerySchema } from '../../../src/matching/protocol';
import { syntheticRegion } from '../../../src/matching/synthetic';

const region = syntheticRegion({ seed: 31, fluxCount: 1200, sizeKm: 30, companiesPerPark: 6 });
const names = new Map(region.companies.map((c) => [c.id, c.name]));

function loaded() {
  const engine = new MatchEngine({ topN: 5, now: 7 });
  engine.load(region);
  const all = engine.synergies();
  return { all, held: HeldSynergies.fromRun(engine.snapshot(7)) };
}

/** Every synergy whose companies' names hold every word (what a search by company must keep). */
const namedAfter = (all: Synergy[], words: string[]) =>
  all.filter((s) => words.every((w) => s.companyIds.some((id) => searchKey(names.get(id)!).includes(w))));

describe('searching the held synergies', () => {
  it('finds those of a company by a piece of its name, accents and case aside', () => {
    const { all, held } = loaded();
    const company = region.companies.find((c) => all.some((s) => s.kind === 'substitution' && s.companyIds.includes(c.id)))!;
    const word = searchKey(company.name)
      .split(' ')
      .sort((a, b) => b.length - a.length)[0]!;
    const typed = word.toUpperCase();
    const page = held.query({ search: typed, limit: 10_000 });
    const expected = namedAfter(all, [word]);
    expect(expected.length).toBeGreaterThan(0);
    // Every expected one is found (a group's sentence, or a resource label, may match more).
    const found = new Set(page.items.map((s) => s.id));
    expect(expected.filter((s) => s.kind === 'substitution').every((s) => found.has(s.id))).toBe(true);
    expect(
      page.items.every(
        (s) => searchKey(`${s.explanation}`).includes(word) || s.companyIds.some((id) => searchKey(names.get(id)!).includes(word)),
      ),
    ).toBe(true);
    expect(page.total).toBe(page.items.length);
  });

  it('finds them by resource, and keeps the other filters and counts', () => {
    const { all, held } = loaded();
    const page = held.query({ search: 'carton', kind: 'substitution', limit: 10_000 });
    const cardboard = all.filter((s) => s.kind === 'substitution' && s.resourceCodes.includes('mat.cardboard'));
    expect(cardboard.length).toBeGreaterThan(0);
    const found = new Set(page.items.map((s) => s.id));
    expect(cardboard.every((s) => found.has(s.id))).toBe(true);
    // The others found name « carton » in a company's name or another resource's label.
    for (const s of page.items) {
      expect(s.kind).toBe('substitution');
      expect(searchKey(`${s.explanation} ${s.companyIds.map((id) => names.get(id)).join(' ')}`)).toContain('carton');
    }
    expect(page.counts.kinds.substitution).toBe(page.total);
    expect(held.query({ search: 'zzzz introuvable' }).total).toBe(0);
  });

  it('sorts by newest proposal first (the newest member flux: ids are time-ordered)', () => {
    const { held } = loaded();
    const items = held.query({ sort: 'recent', limit: 10_000 }).items;
    const newest = items.map((s) => [...s.fluxIds].sort().at(-1)!);
    expect(newest).toEqual([...newest].sort().reverse());
  });

  it('answers a searched, sorted page among more than 10,000 proposals', () => {
    const big = syntheticRegion({ seed: 5, fluxCount: 6000, sizeKm: 60, companiesPerPark: 6 });
    const engine = new MatchEngine({ topN: 5, now: 1 });
    engine.load(big);
    const held = HeldSynergies.fromRun(engine.snapshot(1));
    expect(held.size).toBeGreaterThan(10_000);
    // How fast is the benchmark's business (npm run bench:matching), not a test's.
    const page = held.query({ search: 'bois', family: 'materials', sort: 'recent', limit: 20 });
    const searched = held.query({ search: 'palettes', sort: 'distance', limit: 20 });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((s) => s.family === 'materials')).toBe(true);
    expect(searched.items.length).toBeGreaterThan(0);
    const distances = searched.items.map((s) => s.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('is part of the worker contract (a search too long is refused in French)', () => {
    expect(SynergyQuerySchema.parse({ search: 'palettes', sort: 'recent' })).toMatchObject({ search: 'palettes', sort: 'recent' });
    expect(SynergyQuerySchema.safeParse({ search: 'x'.repeat(201) }).error?.issues[0]?.message).toBe(
      'Recherche trop longue (200 caractères au plus)',
    );
  });
});
