// Matching on the data stored in IndexedDB: a full run makes the worker hold the synergies, reads
// go through the query API, a company's change updates them and tells the pages, and the
// scheduler does it by itself after a write (one full run when many companies change at once).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SynergiesDB, useDatabase, db, withSearchKey } from '../../../src/db/database';
import { startAutoRematch } from '../../../src/matching/auto-rematch';
import { MatchBridge, useMatchingBridge } from '../../../src/matching/bridge';
import { holdRematch } from '../../../src/matching/rematch-hold';
import {
  companySynergies,
  getSynergy,
  onResultsChanged,
  querySynergies,
  rematchAll,
  rematchCompany,
  resultsVersion,
} from '../../../src/matching/store';
import { company, flux } from '../../fixtures/matching';

let n = 0;
beforeEach(async () => {
  useDatabase(new SynergiesDB(`store-test-${n++}`));
  useMatchingBridge(new MatchBridge({ forceMainThread: true }));
  await db().companies.bulkPut([withSearchKey(company('alpha', 'Alpha', 0)), withSearchKey(company('beta', 'Bêta', 3))]);
  await db().flux.bulkPut([flux('f-a', 'alpha', 'mat.cardboard', 'offer'), flux('f-b', 'beta', 'mat.cardboard', 'need')]);
});
afterEach(() => db().close());

const waitFor = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await check()); i++) await new Promise((r) => setTimeout(r, 20));
};
const described = async () => (await querySynergies({ limit: 100 })).items.map((s) => `${s.kind} ${s.companyIds.join('+')}`).sort();

describe('synergy store', () => {
  it('holds the synergies of a full run, with progress, and reads them back', async () => {
    const progress: number[] = [];
    expect(await rematchAll((done) => progress.push(done))).toEqual({ synergies: 1 });
    expect(progress.at(-1)).toBe(2);
    const page = await querySynergies({});
    expect(page.items.map((s) => s.companyIds)).toEqual([['alpha', 'beta']]);
    expect(await getSynergy(page.items[0]!.id)).toEqual(page.items[0]);
    expect(await companySynergies('alpha')).toEqual(page.items);
    expect(await companySynergies('gamma')).toEqual([]);
  });

  it('removes the synergy when a company deletes its flux, and tells the pages', async () => {
    await rematchAll();
    const versions: number[] = [];
    const stop = onResultsChanged((v) => versions.push(v));
    const before = resultsVersion();
    await db().flux.update('f-b', { deleted: true });
    await rematchCompany('beta');
    stop();
    expect(versions).toEqual([before + 1]);
    expect((await querySynergies({})).held).toBe(0);
  });

  it('rematches a company by itself after a write, once started', async () => {
    await rematchAll();
    const stop = startAutoRematch({ delayMs: 10 });
    try {
      await db().companies.put(withSearchKey(company('gamma', 'Gamma', 1)));
      await db().flux.put(flux('f-c', 'gamma', 'mat.cardboard', 'need'));
      await waitFor(async () => (await querySynergies({})).held === 2);
      // Two companies that both need cardboard are no collection round: collection is for offers.
      expect(await described()).toEqual(['substitution alpha+beta', 'substitution alpha+gamma']);
    } finally {
      stop();
    }
  });

  it('waits while a sync stores its pages, then rematches once what they touched', async () => {
    await rematchAll();
    const stop = startAutoRematch({ delayMs: 10 });
    const changes: number[] = [];
    const unsubscribe = onResultsChanged((v) => changes.push(v));
    const release = holdRematch();
    try {
      await db().companies.put(withSearchKey(company('gamma', 'Gamma', 1)));
      await new Promise((r) => setTimeout(r, 60));
      await db().flux.put(flux('f-c', 'gamma', 'mat.cardboard', 'need'));
      await new Promise((r) => setTimeout(r, 60));
      expect((await querySynergies({})).held).toBe(1);
      release();
      await waitFor(async () => (await querySynergies({})).held === 2);
      expect(await described()).toEqual(['substitution alpha+beta', 'substitution alpha+gamma']);
      expect(changes).toHaveLength(1);
    } finally {
      release();
      unsubscribe();
      stop();
    }
  });

  it('rematches the companies another tab changed', async () => {
    await rematchAll();
    // Written before the scheduler starts: only the other tab's message can make it rematch.
    await db().companies.put(withSearchKey(company('gamma', 'Gamma', 1)));
    await db().flux.put(flux('f-c', 'gamma', 'mat.cardboard', 'need'));
    const stop = startAutoRematch({ delayMs: 10 });
    const otherTab = new BroadcastChannel('synergies-terrain-rematch');
    try {
      otherTab.postMessage(['gamma']);
      await waitFor(async () => (await querySynergies({})).held === 2);
      expect(await described()).toEqual(['substitution alpha+beta', 'substitution alpha+gamma']);
    } finally {
      otherTab.close();
      stop();
    }
  });

  it('runs one full run when many companies change at once (a restore, an import)', async () => {
    await rematchAll();
    const stop = startAutoRematch({ delayMs: 10 });
    const changes: number[] = [];
    const unsubscribe = onResultsChanged((v) => changes.push(v));
    try {
      const many = Array.from({ length: 250 }, (_, i) => company(`c-${i}`, `Entreprise ${i}`, 50 + i));
      await db().companies.bulkPut(many.map(withSearchKey));
      // Cardboard given away by neighbours 1 km apart: shared collection rounds.
      await db().flux.bulkPut(many.map((c) => flux(`f-${c.id}`, c.id, 'mat.cardboard', 'offer')));
      await waitFor(async () => (await companySynergies('c-249')).length > 0);
      expect(await companySynergies('c-249')).not.toEqual([]);
      // One full run, not 250 updates.
      expect(changes.length).toBeLessThanOrEqual(2);
    } finally {
      unsubscribe();
      stop();
    }
  });
});
