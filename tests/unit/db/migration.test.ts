import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SynergiesDB } from '../../../src/db/database';
import { CURRENT_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V6 } from '../../../src/db/schema';
import { CompanySchema, FluxSchema } from '../../../src/domain';

describe('database migration', () => {
  it('upgrades a version 1 database without losing a record', async () => {
    const name = `migration-${Date.now()}`;
    // What the first release wrote: no search key, no sync fields, flux without family.
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('territories').add({ id: 'dijon-metropole', name: 'Dijon métropole', kind: 'metropole', createdAt: 0, updatedAt: 0 });
    await v1.table('companies').add({
      id: 'c-1',
      name: 'Menuiserie Éclat',
      siret: '73282932000074',
      naf: '16.23Z',
      territoryId: 'dijon-metropole',
      location: { lat: 47.32, lon: 5.04 },
      createdAt: 10,
      updatedAt: 20,
    });
    await v1.table('flux').bulkAdd([
      {
        id: 'f-1',
        companyId: 'c-1',
        resourceCode: 'mat.wood-offcuts',
        direction: 'offer',
        quantity: 8,
        unit: 't',
        period: 'year',
        createdAt: 10,
        updatedAt: 20,
      },
      { id: 'f-2', companyId: 'c-1', resourceCode: 'comp.training-sst', direction: 'need', createdAt: 10, updatedAt: 20 },
    ]);
    await v1.table('visits').add({ id: 'v-1', companyId: 'c-1', date: '2026-01-15', createdAt: 10, updatedAt: 20 });
    v1.close();

    const db = new SynergiesDB(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);

    const company = await db.companies.get('c-1');
    expect(company?.nameKey).toBe('menuiserie eclat');
    expect(CompanySchema.parse(company)).toMatchObject({ name: 'Menuiserie Éclat', rev: 0, deleted: false, siret: '73282932000074' });
    expect(await db.companies.where('nameKey').startsWith('menuiserie').count()).toBe(1);

    const flux = await db.flux.orderBy('id').toArray();
    expect(flux.map((f) => FluxSchema.parse(f))).toMatchObject([
      { id: 'f-1', family: 'materials', quantity: 8, rev: 0, deleted: false },
      { id: 'f-2', family: 'skills', rev: 0, deleted: false },
    ]);
    expect(await db.visits.get('v-1')).toMatchObject({ date: '2026-01-15', rev: 0, deleted: false });
    // Territories written by the user are kept (not replaced by the defaults).
    expect(await db.territories.count()).toBe(1);
    expect(await db.outbox.count()).toBe(0);
    db.close();
  });

  it('turns the zones typed on the device (version 2) into park proposals waiting to be sent', async () => {
    const name = `migration-v2-${Date.now()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    const zone = (id: string, zoneName: string) => ({
      id,
      territoryId: 'dijon-metropole',
      name: zoneName,
      createdAt: 5,
      updatedAt: 6,
      rev: 0,
      deleted: false,
    });
    await v2.table('zones').bulkAdd([zone('z-1', ' Cap Nord '), zone('z-2', '--')]);
    await v2.table('companies').add({
      id: 'c-1',
      name: 'Garage Dupont',
      nameKey: 'garage dupont',
      territoryId: 'dijon-metropole',
      zone: 'cap nord',
      createdAt: 1,
      updatedAt: 1,
      rev: 3,
      deleted: false,
    });
    v2.close();

    const db = new SynergiesDB(name);
    await db.open();
    expect(await db.parks.toArray()).toEqual([
      expect.objectContaining({ id: 'z-1', name: 'Cap Nord', nameKey: 'cap nord', status: 'proposed', pendingSince: expect.any(Number) }),
    ]);
    // The typed zone stays as typed until the first sync matches it to the shared list.
    expect(await db.companies.get('c-1')).toMatchObject({ zone: 'cap nord', rev: 3 });
    expect(await db.zones.count()).toBe(2);
    db.close();
  });

  it('drops the stored synergies on the way to version 5, keeping everything else', async () => {
    const name = `migration-v2-syn-${Date.now()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    await v2.table('flux').add({ id: 'f-1', companyId: 'c-1', resourceCode: 'mat.cardboard', direction: 'offer', family: 'materials' });
    await v2.table('synergies').bulkAdd([{ id: 'sub:1', kind: 'substitution', family: 'materials', companyIds: ['a', 'b'], score: 80 }]);
    v2.close();

    const db = new SynergiesDB(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(db.tables.map((t) => t.name)).not.toContain('synergies');
    expect(await db.flux.get('f-1')).toMatchObject({ resourceCode: 'mat.cardboard' });
    db.close();
  });

  it('indexes flux and follow-ups by creation date on the way to version 8, keeping every row', async () => {
    const name = `migration-v7-${Date.now()}`;
    const v7 = new Dexie(name);
    const { synergies: _, ...stores } = { ...SCHEMA_V1, ...SCHEMA_V2, ...SCHEMA_V3, ...SCHEMA_V4, ...SCHEMA_V6 } as Record<string, string>;
    v7.version(7).stores(stores);
    await v7.open();
    await v7.table('flux').bulkAdd([
      {
        id: 'f-2024',
        companyId: 'c-1',
        resourceCode: 'mat.cardboard',
        direction: 'offer',
        family: 'materials',
        createdAt: 1_710_000_000_000,
      },
      {
        id: 'f-2025',
        companyId: 'c-1',
        resourceCode: 'mat.cardboard',
        direction: 'need',
        family: 'materials',
        createdAt: 1_740_000_000_000,
      },
    ]);
    await v7.table('followups').add({ id: 'L-1', synergyId: 'man:1', territoryIds: ['dijon-metropole'], createdAt: 1_740_000_000_000 });
    v7.close();

    const db = new SynergiesDB(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.flux.count()).toBe(2);
    const since2025 = Date.UTC(2025, 0, 1);
    expect((await db.flux.where('createdAt').aboveOrEqual(since2025).primaryKeys()).sort()).toEqual(['f-2025']);
    expect(await db.followups.where('createdAt').aboveOrEqual(since2025).primaryKeys()).toEqual(['L-1']);
    db.close();
  });

  it('seeds the five default territories in a new database', async () => {
    const db = new SynergiesDB(`fresh-${Date.now()}`);
    await db.open();
    const names = (await db.territories.toArray()).map((t) => t.name).sort();
    expect(names).toEqual([
      'CC Entre Arroux Loire et Somme',
      'CC Grand Autunois Morvan',
      'CC Le Grand Charolais',
      'CU Creusot-Montceau',
      'Dijon métropole',
    ]);
    db.close();
  });
});
