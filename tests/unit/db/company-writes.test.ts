// The database tells which companies a committed write touched, so the matcher reruns them: a
// company, a flux (by its company), a flux removed; once per transaction, never for one rolled back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withSearchKey, type SynergiesDB } from '../../../src/db/database';
import { company, flux } from '../../fixtures/matching';
import { freshDatabase } from '../../fixtures/db';

let database: SynergiesDB;
let heard: string[][];
let stop: () => void;

beforeEach(async () => {
  database = await freshDatabase();
  heard = [];
  stop = database.onCompanyWrites((ids) => heard.push([...ids].sort()));
});
afterEach(() => {
  stop();
  database.close();
});

describe('companies touched by a write', () => {
  it('names the company of each flux written, once per transaction', async () => {
    await database.transaction('rw', database.companies, database.flux, async () => {
      await database.companies.put(withSearchKey(company('alpha', 'Alpha', 0)));
      await database.flux.bulkPut([flux('f-1', 'beta', 'mat.cardboard', 'offer'), flux('f-2', 'gamma', 'mat.cardboard', 'need')]);
    });
    expect(heard).toEqual([['alpha', 'beta', 'gamma']]);
  });

  it('names the company of a flux removed, read before it goes, and a company removed', async () => {
    await database.flux.put(flux('f-1', 'beta', 'mat.cardboard', 'offer'));
    await database.flux.put(flux('f-2', 'gamma', 'mat.cardboard', 'offer'));
    heard = [];
    await database.flux.delete('f-1');
    await database.flux.where('companyId').equals('gamma').delete();
    await database.companies.delete('delta');
    expect(heard).toEqual([['beta'], ['gamma'], ['delta']]);
  });

  it('says nothing of a transaction rolled back, nor after the listener left', async () => {
    await expect(
      database.transaction('rw', database.flux, async () => {
        await database.flux.put(flux('f-1', 'beta', 'mat.cardboard', 'offer'));
        throw new Error('refusée');
      }),
    ).rejects.toThrow('refusée');
    stop();
    await database.flux.put(flux('f-2', 'gamma', 'mat.cardboard', 'offer'));
    expect(heard).toEqual([]);
  });
});
