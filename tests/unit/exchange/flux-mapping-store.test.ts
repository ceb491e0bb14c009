// The column mapping chosen for a flux spreadsheet is remembered on the device for the next file.
import { createStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { guessMapping, mappingToRemember } from '../../../src/exchange/flux-columns';
import { readRememberedMapping, rememberMapping, useMappingStore } from '../../../src/exchange/flux-mapping-store';

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
