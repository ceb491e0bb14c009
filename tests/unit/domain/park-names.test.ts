// Park names: one key whatever the accents, case and punctuation, and how a company's typed zone
// meets the shared list (matched, followed through merges, or proposed).
import { describe, expect, it } from 'vitest';
import { ParkIndex, parkKey, parkNameKey, proposalIdOf, resolveCompanyPark, usesPark, type ParkRef } from '../../../src/domain/park-names';
import { IdSchema } from '../../../src/domain/record';
import { ParkNameSchema } from '../../../src/domain/park';

const DIJON = 'dijon-metropole';
const park = (id: string, name: string, extra: Partial<ParkRef> = {}): ParkRef => ({
  id,
  territoryId: DIJON,
  name,
  nameKey: parkNameKey(name),
  ...extra,
});
const capNord = park('p-cap-nord', 'Cap Nord');
const vitalEst = park('p-vital-est', 'Vital’Est');
const ziNord = park('p-zi-nord', 'ZI Nord', { mergedInto: 'p-cap-nord' });
const index = () => new ParkIndex([capNord, vitalEst, ziNord, park('p-charolais', 'Cap Nord', { territoryId: 'cc-grand-charolais' })]);

describe('park name key', () => {
  it('ignores accents, case, apostrophes, hyphens and spaces', () => {
    expect(parkNameKey('  Vital’Est ')).toBe('vital est');
    expect(parkNameKey('VITAL-EST')).toBe('vital est');
    expect(parkNameKey('Zone des Grésilles')).toBe(parkNameKey('zone des gresilles'));
    expect(parkNameKey('ZI  Cap--Nord')).toBe('zi cap nord');
    expect(parkNameKey(' - ')).toBe('');
  });

  it('keys matching by territory and name, empty without a park', () => {
    expect(parkKey(DIJON, 'Cap Nord')).toBe(parkKey(DIJON, 'cap nord'));
    expect(parkKey(DIJON, 'Cap Nord')).not.toBe(parkKey('cc-grand-charolais', 'Cap Nord'));
    expect(parkKey(DIJON, '   ')).toBe('');
  });

  it('refuses names with nothing to match on, in French', () => {
    expect(ParkNameSchema.safeParse('--').error?.issues[0]?.message).toMatch(/lettres ou chiffres/);
    expect(ParkNameSchema.safeParse('Z').error?.issues[0]?.message).toMatch(/trop court/);
    expect(ParkNameSchema.parse('  Cap Nord ')).toBe('Cap Nord');
  });
});

describe('resolving a company’s park', () => {
  const company = (zone: string, parkId?: string, territoryId = DIJON) => ({ territoryId, zone, parkId });

  it('matches a typed name to the shared list, accents and case aside, and writes its spelling', () => {
    expect(resolveCompanyPark(company('cap  NORD'), index())).toEqual({ kind: 'set', parkId: 'p-cap-nord', zone: 'Cap Nord' });
    expect(resolveCompanyPark(company('vital est'), index())).toEqual({ kind: 'set', parkId: 'p-vital-est', zone: 'Vital’Est' });
  });

  it('follows a merge, by id or by the old name', () => {
    expect(resolveCompanyPark(company('ZI Nord', 'p-zi-nord'), index())).toEqual({ kind: 'set', parkId: 'p-cap-nord', zone: 'Cap Nord' });
    expect(resolveCompanyPark(company('zi nord'), index())).toEqual({ kind: 'set', parkId: 'p-cap-nord', zone: 'Cap Nord' });
  });

  it('follows a rename through the id', () => {
    expect(resolveCompanyPark(company('Ancien nom', 'p-vital-est'), index())).toEqual({
      kind: 'set',
      parkId: 'p-vital-est',
      zone: 'Vital’Est',
    });
  });

  it('keeps what is already right, an unknown id, and a company without a zone', () => {
    expect(resolveCompanyPark(company('Cap Nord', 'p-cap-nord'), index())).toEqual({ kind: 'keep' });
    expect(resolveCompanyPark(company('Parc reçu plus tard', 'p-not-here-yet'), index())).toEqual({ kind: 'keep' });
    expect(resolveCompanyPark(company(''), index())).toEqual({ kind: 'keep' });
    expect(resolveCompanyPark(company('', ''), index())).toEqual({ kind: 'keep' });
  });

  it('proposes a name no park has, keeping the company’s text', () => {
    expect(resolveCompanyPark(company(' Zone des Grésilles '), index())).toEqual({ kind: 'propose', name: 'Zone des Grésilles' });
    // The same name in another territory is another park.
    expect(resolveCompanyPark(company('Vital’Est', undefined, 'cc-grand-charolais'), index())).toEqual({
      kind: 'propose',
      name: 'Vital’Est',
    });
  });

  it('drops a park of the territory a company has left, and matches its name in the new one', () => {
    expect(resolveCompanyPark(company('Cap Nord', 'p-cap-nord', 'cc-grand-charolais'), index())).toEqual({
      kind: 'set',
      parkId: 'p-charolais',
      zone: 'Cap Nord',
    });
  });

  it('finds a new proposal once added to the index, so a name is proposed once', () => {
    const idx = index();
    idx.add(park('p-new', 'Zone des Grésilles'));
    expect(resolveCompanyPark(company('zone des gresilles'), idx)).toEqual({ kind: 'set', parkId: 'p-new', zone: 'Zone des Grésilles' });
  });

  it('tells which companies a park change reaches: by id, or by name when none was picked', () => {
    expect(usesPark(company('Autre', 'p-cap-nord'), capNord)).toBe(true);
    expect(usesPark(company('CAP NORD'), capNord)).toBe(true);
    expect(usesPark(company('Cap Nord', 'p-vital-est'), capNord)).toBe(false);
    expect(usesPark(company('Cap Nord', undefined, 'cc-grand-charolais'), capNord)).toBe(false);
  });
});

describe('proposal ids', () => {
  it('are the same on every device for one territory and name, accents and case aside', () => {
    const id = proposalIdOf(DIJON, 'ZI des Grèves');
    expect(proposalIdOf(DIJON, ' zi des greves ')).toBe(id);
    expect(proposalIdOf('cc-grand-charolais', 'ZI des Grèves')).not.toBe(id);
    expect(proposalIdOf(DIJON, 'ZI des Grèves Sud')).not.toBe(id);
    expect(IdSchema.safeParse(id).success).toBe(true);
  });

  it('do not collide over many names', () => {
    const ids = new Set(Array.from({ length: 20_000 }, (_, i) => proposalIdOf(DIJON, `Zone ${i}`)));
    expect(ids.size).toBe(20_000);
  });
});
