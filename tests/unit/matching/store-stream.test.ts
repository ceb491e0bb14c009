// A full run written page by page: progress per page, stale synergies swept at the end, and a
// second run or a company's update during the stream leaves exactly what the final data gives.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SynergySchema, type Synergy } from '../../../src/domain';
import { SynergiesDB, db, useDatabase, withSearchKey } from '../../../src/db/database';
import { MatchBridge, useMatchingBridge } from '../../../src/matching/bridge';
import { MatchEngine } from '../../../src/matching/engine';
import { rematchAll, rematchCompany } from '../../../src/matching/store';
import { syntheticRegion } from '../../../src/matching/synthetic';
import { DEFAULT_TOP_N } from '../../../src/matching/types';

const PAGE = 7;
const region = syntheticRegion({ seed: 5, fluxCount: 300, sizeKm: 20, companiesPerPark: 6 });

let n = 0;
beforeEach(async () => {
  useDatabase(new SynergiesDB(`store-stream-test-${n++}`));
  useMatchingBridge(new MatchBridge({ forceMainThread: true, pageSize: PAGE }));
  await db().companies.bulkPut(region.companies.map(withSearchKey));
  await db().flux.bulkPut(region.flux);
});
afterEach(() => db().close());

const withoutTime = (rows: Iterable<Synergy>) =>
  [...rows].map(({ computedAt: _, ...rest }) => rest).sort((a, b) => (a.id < b.id ? -1 : 1));

/** What a fresh full run on the data now stored gives, as the engine itself computes it. */
async function expectedNow(): Promise<Synergy[]> {
  const companies = (await db().companies.toArray()).filter((c) => !c.deleted);
  const flux = (await db().flux.toArray()).filter((f) => !f.deleted);
  const engine = new MatchEngine({ topN: DEFAULT_TOP_N, now: 0 });
  engine.load({ companies, flux });
  return engine.synergies();
}

/** Stored rows as the engine's output (a review's extra fields are checked apart). */
const stored = async () => withoutTime((await db().synergies.toArray()).map((row) => SynergySchema.parse(row)));

/** Half the companies drop all their flux: most synergies of the first run disappear. */
const gone = new Set(region.companies.filter((_, i) => i % 2 === 0).map((c) => c.id));
async function dropHalf(): Promise<void> {
  await db().flux.bulkPut(region.flux.filter((f) => gone.has(f.companyId)).map((f) => ({ ...f, deleted: true })));
}

describe('full run streamed into IndexedDB', () => {
  it('writes page by page with progress, and sweeps what the run no longer produces', async () => {
    const stale = { ...(await expectedNow())[0]!, id: 'sub:plus-produite' };
    await db().synergies.put(stale);
    const saving: number[] = [];
    let rowsAfterFirstPage = -1;
    const result = await rematchAll(undefined, undefined, (done, total) => {
      saving.push(done);
      expect(total).toBeGreaterThan(PAGE * 3);
      if (done === PAGE) void db().synergies.count().then((c) => (rowsAfterFirstPage = c));
    });
    const expected = await expectedNow();
    expect(saving[0]).toBe(0);
    expect(saving.slice(1, 4)).toEqual([PAGE, 2 * PAGE, 3 * PAGE]);
    expect(saving.at(-1)).toBe(expected.length);
    // The first page was visible before the run ended (plus the stale row, not yet swept).
    expect(rowsAfterFirstPage).toBeGreaterThanOrEqual(PAGE);
    expect(rowsAfterFirstPage).toBeLessThan(expected.length);
    expect(result.synergies).toBe(expected.length);
    expect(await stored()).toEqual(withoutTime(expected));
  });

  it('a second full run during the stream leaves exactly its own synergies, reviews kept', async () => {
    await rematchAll();
    // A referent reviews a substitution that both runs produce (its companies keep their flux,
    // and losing competitors only raises a pair in its top lists).
    const kept = (await db().synergies.toArray()).find((s) => s.kind === 'substitution' && !s.companyIds.some((id) => gone.has(id)))!;
    await db().synergies.update(kept.id, { status: 'to-study' } as never);
    let second: Promise<unknown> | undefined;
    const first = rematchAll(undefined, undefined, (done) => {
      if (done !== 2 * PAGE || second) return;
      second = dropHalf().then(() => rematchAll());
    });
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    await second;
    expect(second).toBeDefined();
    expect(await stored()).toEqual(withoutTime(await expectedNow()));
    expect(((await db().synergies.get(kept.id)) as unknown as { status?: string }).status).toBe('to-study');
  });

  it('a company updated during the stream: its diff is not undone by the pages still to come', async () => {
    // A company of the run's last page, with quantities: its synergies change content, and the
    // older copies from the snapshot arrive after the update.
    const engine = new MatchEngine({ topN: DEFAULT_TOP_N, now: 0 });
    engine.load(region);
    const run = engine.snapshot(0, PAGE);
    const withQuantity = new Set(region.flux.filter((f) => f.quantity !== undefined).map((f) => f.companyId));
    const target = run
      .page(run.pageCount - 1)
      .flatMap((s) => s.companyIds)
      .find((id) => withQuantity.has(id))!;
    expect(target).toBeDefined();
    let update: Promise<unknown> | undefined;
    const full = rematchAll(undefined, undefined, (done) => {
      if (done !== PAGE || update) return;
      update = db()
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
    const before = engine.synergies().filter((s) => s.companyIds.includes(target));
    const after = expected.filter((s) => s.companyIds.includes(target));
    expect(withoutTime(after)).not.toEqual(withoutTime(before));
    expect(await stored()).toEqual(withoutTime(expected));
  });

  it('a company removed during the stream: its synergies do not come back with later pages', async () => {
    const engine = new MatchEngine({ topN: DEFAULT_TOP_N, now: 0 });
    engine.load(region);
    const run = engine.snapshot(0, PAGE);
    const target = run.page(run.pageCount - 1)[0]!.companyIds[0]!;
    let update: Promise<unknown> | undefined;
    const full = rematchAll(undefined, undefined, (done) => {
      if (done !== PAGE || update) return;
      update = db()
        .flux.where('companyId')
        .equals(target)
        .modify({ deleted: true })
        .then(() => rematchCompany(target));
    });
    await full;
    await update;
    const expected = await expectedNow();
    expect(expected.some((s) => s.companyIds.includes(target))).toBe(false);
    expect(await stored()).toEqual(withoutTime(expected));
  });
});
