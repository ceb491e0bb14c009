// Matching on the data stored in IndexedDB: a full run fills `synergies`, a company's change
// updates them, and the scheduler does it by itself after a write.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SynergiesDB, useDatabase, db, withSearchKey } from '../../../src/db/database';
import { startAutoRematch } from '../../../src/matching/auto-rematch';
import { MatchBridge, useMatchingBridge } from '../../../src/matching/bridge';
import { rematchAll, rematchCompany } from '../../../src/matching/store';
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
  for (let i = 0; i < 100 && !(await check()); i++) await new Promise((r) => setTimeout(r, 20));
};

describe('synergy store', () => {
  it('writes the synergies of a full run, with progress', async () => {
    const progress: number[] = [];
    await rematchAll((done) => progress.push(done));
    const rows = await db().synergies.toArray();
    expect(rows.map((s) => s.companyIds)).toEqual([['alpha', 'beta']]);
    expect(progress.at(-1)).toBe(2);
  });

  it('keeps a referent’s notes on a synergy found again', async () => {
    await rematchAll();
    const [row] = await db().synergies.toArray();
    await db().synergies.update(row!.id, { status: 'to-study' } as never);
    await db().flux.update('f-b', { quantity: 3, unit: 't', period: 'year' });
    await rematchCompany('beta');
    const after = (await db().synergies.get(row!.id)) as unknown as { status: string; scoreParts: { quantity: number } };
    expect(after.status).toBe('to-study');
  });

  it('removes the synergy when a company deletes its flux', async () => {
    await rematchAll();
    await db().flux.update('f-b', { deleted: true });
    await rematchCompany('beta');
    expect(await db().synergies.count()).toBe(0);
  });

  it('rematches a company by itself after a write, once started', async () => {
    const stop = startAutoRematch({ delayMs: 10 });
    try {
      await db().companies.put(withSearchKey(company('gamma', 'Gamma', 1)));
      await db().flux.put(flux('f-c', 'gamma', 'mat.cardboard', 'need'));
      await waitFor(async () => (await db().synergies.count()) === 2);
      const rows = await db().synergies.toArray();
      // Two companies that both need cardboard are no collection round: collection is for offers.
      expect(rows.map((s) => `${s.kind} ${s.companyIds.join('+')}`).sort()).toEqual([
        'substitution alpha+beta',
        'substitution alpha+gamma',
      ]);
    } finally {
      stop();
    }
  });
});
