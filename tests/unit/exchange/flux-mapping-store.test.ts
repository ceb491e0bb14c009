// Remembered on the device: the column mapping chosen for a flux spreadsheet (for the next file),
// and the last import (so it can still be undone after the page is left).
import { createStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { guessMapping, mappingToRemember } from '../../../src/exchange/flux-columns';
import { forgetLastImport, readLastImport, saveLastImport } from '../../../src/exchange/flux-import-journal';
import { readRememberedMapping, rememberMapping, useMappingStore } from '../../../src/exchange/flux-mapping-store';
import { freshDatabase } from '../../fixtures/exchange/database';

let n = 0;
beforeEach(() => useMappingStore(createStore(`mapping-test-${++n}`, 'keyval')));

describe('remembered mapping', () => {
  it('maps the next file with the same headers as chosen, keeping other spreadsheets’ choices', async () => {
    expect(await readRememberedMapping()).toEqual({});
    await rememberMapping(mappingToRemember(['Quoi', 'Société'], ['resource', 'companyName']));
    await rememberMapping(mappingToRemember(['Sens du flux', 'Quoi'], ['direction', undefined]));
    const remembered = await readRememberedMapping();
    expect(remembered).toEqual({ quoi: 'ignore', societe: 'companyName', 'sens du flux': 'direction' });
    expect(guessMapping(['SOCIETE', 'Quoi', 'Sens du flux'], remembered)).toEqual(['companyName', undefined, 'direction']);
  });
});

describe('last import', () => {
  it('is kept per database, so another account on the device is never offered to undo it', async () => {
    await freshDatabase();
    const last = { fileName: 'campagne.csv', at: 1, created: 2, updated: 0, journal: { companyIds: [], fluxIds: ['a', 'b'], updated: [] } };
    await saveLastImport(last);
    expect(await readLastImport()).toEqual(last);
    await freshDatabase();
    expect(await readLastImport()).toBeUndefined();
    await saveLastImport(last);
    await forgetLastImport();
    expect(await readLastImport()).toBeUndefined();
  });
});
