// The map's colours follow a flux edit: a need recorded that matches nobody changes no synergy, yet
// the company now offers and needs, and the map, told after every company's update, asks again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SynergiesDB, useDatabase, db, withSearchKey } from '../../../src/db/database';
import { MatchBridge, useMatchingBridge } from '../../../src/matching/bridge';
import { companyBalances, onCompanyUpdated, rematchAll, rematchCompany, resultsVersion } from '../../../src/matching/store';
import { company, flux } from '../../fixtures/matching';

let n = 0;
beforeEach(async () => {
  useDatabase(new SynergiesDB(`flux-colours-${n++}`));
  useMatchingBridge(new MatchBridge({ forceMainThread: true }));
  await db().companies.bulkPut([
    withSearchKey(company('alpha', 'Alpha', 0)),
    withSearchKey(company('beta', 'Bêta', 3)),
    withSearchKey(company('gamma', 'Gamma', 5)),
  ]);
  await db().flux.bulkPut([flux('f-a', 'alpha', 'mat.cardboard', 'offer'), flux('f-b', 'beta', 'mat.cardboard', 'need')]);
});
afterEach(() => db().close());

const balanceOf = async (id: string) => {
  const { companyIds, balances } = await companyBalances();
  return balances[companyIds.indexOf(id)];
};

describe('map colours after a flux edit', () => {
  it('tells the map after a company’s update that changed no synergy, and the balance is the new one', async () => {
    await rematchAll();
    // No flux: no balance held, coloured « Aucun flux » on the map.
    expect(await balanceOf('gamma')).toBeUndefined();
    let told = 0;
    const stop = onCompanyUpdated(() => told++);
    const version = resultsVersion();
    // Gamma had no flux; nobody nearby offers electricity: no synergy appears.
    await db().flux.put(flux('f-g', 'gamma', 'nrj.electricity', 'need'));
    const before = told;
    await rematchCompany('gamma');
    stop();
    expect(resultsVersion()).toBe(version);
    expect(told).toBeGreaterThan(before);
    expect(await balanceOf('gamma')).toBe('need');
  });
});
