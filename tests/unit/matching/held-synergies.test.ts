// The worker's query API gives exactly what users saw before: the engine's full list, filtered and
// sorted as the Synergies page did on the stored table, paged without gaps, with facet counts; and
// it follows the engine through company updates.
import { describe, expect, it } from 'vitest';
import { FAMILIES, type Family, type Synergy, type SynergyKind } from '../../../src/domain';
import { MatchEngine } from '../../../src/matching/engine';
import { HeldSynergies, type SynergyQuery } from '../../../src/matching/held-synergies';
import { seededRandom, syntheticRegion } from '../../../src/matching/synthetic';

/** The list as the Synergies page filtered and sorted it over the whole `synergies` table (before v5). */
function shownBefore(all: readonly Synergy[], q: SynergyQuery): Synergy[] {
  const kept = all.filter(
    (s) =>
      (!q.kind || s.kind === q.kind) &&
      (!q.family || s.family === q.family) &&
      (!q.territoryIds?.length || s.territoryIds.some((t) => q.territoryIds!.includes(t))) &&
      s.score >= (q.minScore ?? 0) &&
      (q.maxDistanceKm === undefined || s.distanceKm <= q.maxDistanceKm) &&
      (!q.companyId || s.companyIds.includes(q.companyId)) &&
      (!q.ids || q.ids.includes(s.id)) &&
      !q.excludeIds?.includes(s.id),
  );
  return kept.sort((a, b) =>
    q.sort === 'distance'
      ? a.distanceKm - b.distanceKm || b.score - a.score || (a.id < b.id ? -1 : 1)
      : b.score - a.score || a.distanceKm - b.distanceKm || (a.id < b.id ? -1 : 1),
  );
}

const region = syntheticRegion({ seed: 23, fluxCount: 1500, sizeKm: 40, unlocatedShare: 0.1, companiesPerPark: 6 });
const territories = [...new Set(region.companies.map((c) => c.territoryId))].sort();

function loaded(now = 7) {
  const engine = new MatchEngine({ topN: 5, now });
  engine.load(region);
  return { engine, held: HeldSynergies.fromRun(engine.snapshot(now)) };
}

/** Every page of a query, put together. */
function allPages(held: HeldSynergies, q: SynergyQuery, limit: number): Synergy[] {
  const out: Synergy[] = [];
  for (let offset = 0; ; offset += limit) {
    const page = held.query({ ...q, offset, limit });
    out.push(...page.items);
    if (offset + limit >= page.total) return out;
  }
}

describe('held synergies', () => {
  const { engine, held } = loaded();
  const all = engine.synergies();

  it('answer a whole workshop room in one query: every synergy joining two of its companies', () => {
    const room = region.companies.slice(0, 40).map((c) => c.id);
    const inRoom = new Set(room);
    const expected = all
      .filter((s) => s.companyIds.filter((id) => inRoom.has(id)).length >= 2)
      .map((s) => s.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const got = held
      .query({ amongCompanyIds: room, limit: 10_000 })
      .items.map((s) => s.id)
      .sort();
    expect(got).toEqual(expected);
  });

  it('hold exactly the engine’s synergies, records identical', () => {
    expect(all.length).toBeGreaterThan(500);
    expect(all.some((s) => s.kind === 'mutualisation')).toBe(true);
    expect(held.size).toBe(all.length);
    const everything = held.query({ limit: all.length });
    expect(everything.total).toBe(all.length);
    expect(everything.held).toBe(all.length);
    expect([...everything.items].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(all);
  });

  const random = seededRandom(3);
  const kinds: (SynergyKind | undefined)[] = [undefined, 'substitution', 'mutualisation'];
  const queries: SynergyQuery[] = [
    {},
    { sort: 'distance' },
    { kind: 'mutualisation' },
    { family: 'materials', minScore: 60 },
    { territoryIds: [territories[0]!], sort: 'distance', maxDistanceKm: 10 },
    { territoryIds: territories.slice(0, 2), excludeIds: [] },
    { maxDistanceKm: 0 },
  ];
  for (let i = 0; i < 12; i++) {
    queries.push({
      kind: kinds[Math.floor(random() * 3)],
      family: random() < 0.5 ? undefined : FAMILIES[Math.floor(random() * FAMILIES.length)],
      territoryIds: random() < 0.5 ? undefined : [territories[Math.floor(random() * territories.length)]!],
      minScore: random() < 0.5 ? undefined : Math.floor(random() * 90),
      maxDistanceKm: random() < 0.5 ? undefined : random() * 30,
      sort: random() < 0.5 ? 'score' : 'distance',
    });
  }

  it.each(queries.map((q) => [JSON.stringify(q), q] as const))('filter and sort as the page did: %s', (_, q) => {
    const expected = shownBefore(all, q);
    expect(allPages(held, q, 37)).toEqual(expected);
    const first = held.query({ ...q, limit: 10 });
    expect(first.items).toEqual(expected.slice(0, 10));
    expect(first.total).toBe(expected.length);
  });

  it('counts each kind whatever the kind filter, each family whatever the family filter', () => {
    const q: SynergyQuery = { kind: 'substitution', family: 'materials', minScore: 40 };
    const { counts } = held.query(q);
    for (const kind of ['substitution', 'mutualisation'] as const) {
      expect(counts.kinds[kind]).toBe(shownBefore(all, { ...q, kind }).length);
    }
    for (const family of FAMILIES as readonly Family[]) {
      expect(counts.families[family]).toBe(shownBefore(all, { ...q, family }).length);
    }
  });

  it('answers the follow-up screens: territories best first without the decided ids, paged; by ids', () => {
    const territoryIds = [territories[1]!];
    const decided = shownBefore(all, { territoryIds })
      .filter((_, i) => i % 3 === 0)
      .map((s) => s.id);
    const q: SynergyQuery = { territoryIds, excludeIds: decided };
    const expected = shownBefore(all, q);
    expect(expected.length).toBeGreaterThan(20);
    expect(expected.some((s) => decided.includes(s.id))).toBe(false);
    expect(allPages(held, q, 8)).toEqual(expected);
    const ids = [decided[0]!, decided[1]!, 'sub:inexistante'];
    expect(held.query({ ids }).items).toEqual(shownBefore(all, { ids }));
    expect(held.query({ ids: [] }).total).toBe(0);
  });

  it('gets one synergy by id, and a company’s synergies best first', () => {
    const some = all[all.length >> 1]!;
    expect(held.get(some.id)).toEqual(some);
    expect(held.get('sub:0000000000000000')).toBeNull();
    const companyId = some.companyIds[0]!;
    expect(held.byCompany(companyId)).toEqual(shownBefore(all, { companyId }));
  });

  it('an offset past the end gives no item but the right total', () => {
    const page = held.query({ offset: all.length + 5, limit: 10 });
    expect(page.items).toEqual([]);
    expect(page.total).toBe(all.length);
  });

  it('follows the engine through company updates (diffs applied), sorts kept right after each, warmed or not', () => {
    const local = loaded();
    const byId = (a: Synergy, b: Synergy) => (a.id < b.id ? -1 : 1);
    const sameButTime = (rows: Synergy[]) => rows.map(({ computedAt: _, ...r }) => r);
    const check = () => {
      const now = local.engine.synergies(8);
      expect(local.held.size).toBe(now.length);
      expect(sameButTime(local.held.query({ limit: now.length }).items.sort(byId))).toEqual(sameButTime(now));
      for (const q of [{}, { sort: 'distance' as const }, { family: 'skills' as const, minScore: 30 }]) {
        expect(sameButTime(allPages(local.held, q, 100))).toEqual(sameButTime(shownBefore(now, q)));
      }
    };
    const pick = seededRandom(9);
    const update = (i: number) => {
      const c = region.companies[Math.floor(pick() * region.companies.length)]!;
      const own = region.flux.filter((f) => f.companyId === c.id);
      const flux = i % 3 === 0 ? [] : own.map((f) => (f.quantity === undefined ? f : { ...f, quantity: f.quantity * 3 + i }));
      local.held.apply(local.engine.updateCompany(c.id, i % 5 === 4 ? undefined : c, flux, 8));
    };
    // Read after each update: few new entries spliced into sorted orders, dead ones skipped.
    check();
    for (let i = 0; i < 6; i++) {
      update(i);
      // As the worker does once a page is shown: every order brought up to date ahead of a query.
      if (i % 2 === 0) local.held.warm();
      check();
    }
    // Many updates before a read: enough dead entries to compact the orders (warmed half-way).
    for (let i = 6; i < 30; i++) {
      update(i);
      if (i === 18) local.held.warm();
    }
    check();
    // Four sort orders over 37 checks: seconds on a busy shared machine.
  }, 30_000);
});
