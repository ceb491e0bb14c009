// Full runs on the data stored in IndexedDB, read back through the query API: the same synergies
// as the engine gives on that data, and a run superseded mid-way, or a company updated while a run
// is matching, leaves exactly what the final data gives.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Synergy } from '../../../src/domain';
import { SynergiesDB, db, useDatabase, withSearchKey } from '../../../src/db/database';
import { MatchBridge, useMatchingBridge } from '../../../src/matching/bridge';
import { MatchEngine } from '../../../src/matching/engine';
import { querySynergies, rematchAll, rematchCompany, type SynergyQuery } from '../../../src/matching/store';
import { syntheticRegion } from '../../../src/matching/synthetic';
import { DEFAULT_TOP_N } from '../../../src/matching/types';

const region = syntheticRegion({ seed: 5, fluxCount: 300, sizeKm: 20, companiesPerPark: 6 });

let n = 0;
beforeEach(async () => {
  useDatabase(new SynergiesDB(`store-runs-test-${n++}`));
  useMatchingBridge(new MatchBridge({ forceMainThread: true }));
  await db().companies.bulkPut(region.companies.map(withSearchKey));
  await db().flux.bulkPut(region.flux);
});
afterEach(() => db().close());

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
const withoutTime = (rows: Iterable<Synergy>) => [...rows].map(({ computedAt: _, ...rest }) => rest).sort(byId);

/** What a fresh full run on the data now stored gives, as the engine itself computes it. */
async function expectedNow(): Promise<Synergy[]> {
  const companies = (await db().companies.toArray()).filter((c) => !c.deleted);
  const flux = (await db().flux.toArray()).filter((f) => !f.deleted);
  const engine = new MatchEngine({ topN: DEFAULT_TOP_N, now: 0 });
  engine.load({ companies, flux });
  return engine.synergies();
}

/** Everything the query API gives, page after page. */
async function held(q: SynergyQuery = {}): Promise<Synergy[]> {
  const out: Synergy[] = [];
  for (let offset = 0; ; offset += 40) {
    const page = await querySynergies({ ...q, offset, limit: 40 });
    out.push(...page.items);
    if (offset + 40 >= page.total) return out;
  }
}

/** Half the companies drop all their flux: most synergies of the first run disappear. */
const gone = new Set(region.companies.filter((_, i) => i % 2 === 0).map((c) => c.id));
function dropHalf(): Promise<unknown> {
  return db().flux.bulkPut(region.flux.filter((f) => gone.has(f.companyId)).map((f) => ({ ...f, deleted: true })));
}

describe('full runs read through the query API', () => {
  it('gives the same synergies as the engine on the stored data, and stores none', async () => {
    const progress: number[] = [];
    const result = await rematchAll((done) => progress.push(done));
    const expected = await expectedNow();
    expect(expected.length).toBeGreaterThan(100);
    expect(result.synergies).toBe(expected.length);
    expect(progress.at(-1)).toBe(region.flux.length);
    expect(withoutTime(await held())).toEqual(withoutTime(expected));
    expect(db().tables.map((t) => t.name)).not.toContain('synergies');
  });

  it('loads the engine on the first read, without « Recalculer »', async () => {
    const page = await querySynergies({ limit: 5 });
    expect(page.held).toBe((await expectedNow()).length);
    expect(page.items).toHaveLength(5);
  });

  it('a run superseded mid-way leaves exactly the newer run’s synergies', async () => {
    let second: Promise<unknown> | undefined;
    const first = rematchAll(() => {
      // Called while the first run is matching (on the data read before the change).
      if (second) return;
      void dropHalf();
      second = rematchAll();
    });
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expect(second).toBeDefined();
    await second;
    const expected = await expectedNow();
    expect(expected.some((s) => s.companyIds.some((id) => gone.has(id)))).toBe(false);
    expect(withoutTime(await held())).toEqual(withoutTime(expected));
  });

  it('a company updated while a run matches is applied after it', async () => {
    const target = region.flux.find((f) => f.quantity !== undefined)!.companyId;
    const before = (await expectedNow()).filter((s) => s.companyIds.includes(target));
    let update: Promise<unknown> | undefined;
    const full = rematchAll(() => {
      update ??= db()
        .flux.where('companyId')
        .equals(target)
        .modify((f) => {
          if (f.quantity !== undefined) f.quantity = f.quantity * 37 + 1;
        })
        .then(() => rematchCompany(target));
    });
    await full;
    await update;
    const expected = await expectedNow();
    const after = expected.filter((s) => s.companyIds.includes(target));
    expect(withoutTime(after)).not.toEqual(withoutTime(before));
    expect(withoutTime(await held())).toEqual(withoutTime(expected));
    expect(withoutTime(await held({ companyId: target }))).toEqual(withoutTime(after));
  });

  it('a company removed after a run: its synergies are gone from every read', async () => {
    await rematchAll();
    const target = (await querySynergies({ limit: 1 })).items[0]!.companyIds[0]!;
    await db().flux.where('companyId').equals(target).modify({ deleted: true });
    await rematchCompany(target);
    const expected = await expectedNow();
    expect(expected.some((s) => s.companyIds.includes(target))).toBe(false);
    expect(withoutTime(await held())).toEqual(withoutTime(expected));
  });
});
