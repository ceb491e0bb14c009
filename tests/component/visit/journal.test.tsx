import { beforeEach, describe, expect, it } from 'vitest';
import { createCompany } from '../../../src/db/companies';
import type { SynergiesDB } from '../../../src/db/database';
import { journalEntries, journalWrite, RAW } from '../../../src/db/draft-journal';
import { addFlux } from '../../../src/db/flux';
import { replayJournal } from '../../../src/db/journal-replay';
import { freshDatabase } from '../../fixtures/db';

let db: SynergiesDB;
beforeEach(async () => {
  localStorage.clear();
  db = await freshDatabase();
});

describe('edit journal', () => {
  it('replays at start an edit that never reached IndexedDB', async () => {
    const company = await createCompany({ name: 'Fonderie du Creusot', territoryId: 'cu-creusot-montceau' });
    const flux = await addFlux(company.id, 'nrj.waste-heat', 'offer');
    // The tab closed right after this keystroke was journaled.
    journalWrite('flux', flux.id, 'description', { description: 'Fumées à 180 °C, four n°2' });

    expect(await replayJournal()).toEqual({ saved: 1, kept: 0 });
    expect((await db.flux.get(flux.id))?.description).toBe('Fumées à 180 °C, four n°2');
    expect(journalEntries()).toEqual([]);
    expect((await db.outbox.toArray()).some((e) => e.patch.description === 'Fumées à 180 °C, four n°2')).toBe(true);
  });

  it('keeps entries that are not valid yet instead of dropping them', async () => {
    const company = await createCompany({ name: 'Fonderie du Creusot', territoryId: 'cu-creusot-montceau' });
    journalWrite('companies', company.id, 'form', { [RAW]: { siret: '1234' } });
    journalWrite('companies', company.id, 'other', { siret: '1234' });
    expect(await replayJournal()).toEqual({ saved: 0, kept: 2 });
    expect(journalEntries()).toHaveLength(2);
    expect((await db.companies.get(company.id))?.siret).toBe('');
  });
});
