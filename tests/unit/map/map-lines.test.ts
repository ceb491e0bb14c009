// The map's lean lines say exactly what the full records say of the same synergies (id, kind,
// family, score, companies), in the list's order and with its filters; their columns survive the
// trip between the worker and the page, and broken columns are refused. The map's colours (what
// each company offers and needs) are read by the worker from the base, before any run too.
import { describe, expect, it } from 'vitest';
import { linesIn, synergyFeatures } from '../../../src/domain/map/features';
import { packLines, unpackLines, type MapLine } from '../../../src/domain/map/map-lines';
import { MatchEngine } from '../../../src/matching/engine';
import { HeldSynergies, type SynergyQuery } from '../../../src/matching/held-synergies';
import { mapLines } from '../../../src/matching/map-lines';
import { SynergiesDB, withSearchKey } from '../../../src/db/database';
import { MapLinesResponseSchema, WorkerResponseSchema, type WorkerResponse } from '../../../src/matching/protocol';
import { createWorkerHandler } from '../../../src/matching/worker-handler';
import { company, flux } from '../../fixtures/matching';
import { syntheticRegion } from '../../../src/matching/synthetic';

const region = syntheticRegion({ seed: 11, fluxCount: 600, sizeKm: 30, unlocatedShare: 0.1, companiesPerPark: 5 });
const engine = new MatchEngine({ topN: 5, now: 3 });
engine.load(region);
const held = HeldSynergies.fromRun(engine.snapshot(3));

const lean = (s: MapLine): MapLine => ({ id: s.id, kind: s.kind, family: s.family, score: s.score, companyIds: [...s.companyIds] });

describe('the map’s lines', () => {
  const territory = region.companies[0]!.territoryId;
  it.each<[string, SynergyQuery]>([
    ['everything', {}],
    ['groups only', { kind: 'mutualisation' }],
    ['one territory, a minimum score, set-aside ones out', { territoryIds: [territory], minScore: 40, excludeIds: [] }],
    ['one company', { companyId: region.companies[3]!.id }],
  ])('are the full records’ own, in the same order: %s', (_, query) => {
    const records = held.query({ ...query, limit: 10_000 });
    const page = mapLines(held, query, 10_000);
    expect(page.total).toBe(records.total);
    expect(page.held).toBe(held.size);
    expect(unpackLines(page)).toEqual(records.items.map(lean));
  });

  it('include groups of more than two companies, and stop at the limit with the total kept', () => {
    const all = unpackLines(mapLines(held, {}, 10_000));
    expect(all.some((l) => l.kind === 'mutualisation' && l.companyIds.length > 2)).toBe(true);
    const capped = mapLines(held, {}, 25);
    expect(capped.ids).toEqual(all.slice(0, 25).map((l) => l.id));
    expect(capped.total).toBe(all.length);
  });

  it('cross from the worker to the page as consistent columns; broken ones are refused', () => {
    const page = { id: 1, type: 'map-lines', ...mapLines(held, {}, 50) };
    expect(MapLinesResponseSchema.parse(page)).toEqual(page);
    expect(MapLinesResponseSchema.safeParse({ ...page, scores: page.scores.slice(1) }).success).toBe(false);
    expect(MapLinesResponseSchema.safeParse({ ...page, ends: [...page.ends.slice(0, -1), page.companyIds.length + 1] }).success).toBe(
      false,
    );
    expect(MapLinesResponseSchema.safeParse({ ...page, total: page.held + 1 }).success).toBe(false);
  });

  it('pack and unpack without loss', () => {
    const lines: MapLine[] = [
      { id: 's1', kind: 'substitution', family: 'energy', score: 81, companyIds: ['a', 'b'] },
      { id: 'g1', kind: 'mutualisation', family: 'materials', score: 64, companyIds: ['a', 'c', 'd'] },
    ];
    expect(unpackLines(packLines(lines))).toEqual(lines);
    expect(unpackLines(packLines([]))).toEqual([]);
  });
});

describe('lines counted in view', () => {
  it('counts a line when one of its ends, or a group’s centre, is in the box', () => {
    const at = { a: { lat: 47.3, lon: 5.0 }, b: { lat: 47.35, lon: 5.05 }, c: { lat: 46.8, lon: 4.4 }, d: { lat: 46.9, lon: 4.5 } };
    const drawn = synergyFeatures(
      [
        { id: 'ab', kind: 'substitution', companyIds: ['a', 'b'] },
        { id: 'cd', kind: 'substitution', companyIds: ['c', 'd'] },
        { id: 'acd', kind: 'mutualisation', companyIds: ['a', 'c', 'd'] },
      ],
      (id) => at[id as keyof typeof at],
    );
    expect(linesIn(drawn, [4.9, 47.2, 5.1, 47.4])).toBe(2);
    expect(linesIn(drawn, [4.3, 46.7, 4.45, 46.85])).toBe(2);
    expect(linesIn(drawn, [0, 0, 1, 1])).toBe(0);
  });
});

describe('the map’s colours', () => {
  it('are read by the worker from the base: deleted flux aside, a resource it cannot match still counted', async () => {
    const name = `map-balances-${Date.now()}`;
    const base = new SynergiesDB(name);
    await base.companies.bulkPut([company('a', 'A', 0), company('b', 'B', 1), company('c', 'C', 2)].map(withSearchKey));
    await base.flux.bulkPut([
      flux('f1', 'a', 'mat.cardboard', 'offer'),
      flux('f2', 'a', 'mat.cardboard', 'need'),
      // A code the vocabulary no longer knows: never matched, still one of its needs.
      { ...flux('f3', 'b', 'mat.cardboard', 'need'), resourceCode: 'ancien.code' },
      flux('f4', 'c', 'mat.cardboard', 'offer', { deleted: true } as never),
    ]);
    // No full run first: the colours do not wait for the matching.
    const reply = await new Promise<WorkerResponse>((resolve) =>
      createWorkerHandler()({ id: 9, type: 'balances', database: name }, (r) => resolve(WorkerResponseSchema.parse(r))),
    );
    base.close();
    expect(reply.type).toBe('balances');
    const { companyIds, balances } = reply as Extract<WorkerResponse, { type: 'balances' }>;
    expect(new Map(companyIds.map((id, i) => [id, balances[i]]))).toEqual(
      new Map([
        ['a', 'both'],
        ['b', 'need'],
      ]),
    );
  });

  it('are kept by the worker after a full run, and follow a company’s update', () => {
    const handler = createWorkerHandler();
    const companies = [company('alpha', 'Alpha', 0), company('beta', 'Bêta', 1)];
    const fluxes = [flux('f1', 'alpha', 'mat.cardboard', 'offer'), flux('f2', 'beta', 'mat.cardboard', 'need')];
    const ask = (id: number) => {
      const replies: WorkerResponse[] = [];
      // The base named here does not exist: the answer can only come from what the run kept.
      handler({ id, type: 'balances', database: `absente-${Date.now()}` }, (r) => replies.push(WorkerResponseSchema.parse(r)));
      const { companyIds, balances } = replies[0] as Extract<WorkerResponse, { type: 'balances' }>;
      return new Map(companyIds.map((c, i) => [c, balances[i]]));
    };
    handler({ id: 1, type: 'match-all', companies, flux: fluxes, now: 0 }, () => undefined);
    expect(ask(2)).toEqual(
      new Map([
        ['alpha', 'offer'],
        ['beta', 'need'],
      ]),
    );
    const more = [fluxes[0]!, flux('f3', 'alpha', 'mat.cardboard', 'need')];
    handler({ id: 3, type: 'update-company', companyId: 'alpha', company: companies[0], flux: more, now: 1 }, () => undefined);
    expect(ask(4).get('alpha')).toBe('both');
    handler({ id: 5, type: 'update-company', companyId: 'beta', company: null, flux: [], now: 2 }, () => undefined);
    expect(ask(6).has('beta')).toBe(false);
  });
});
