import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SynergiesDB } from '../../../src/db/database';
import { SCHEMA_V1, SCHEMA_V2, upgradeToV2 } from '../../../src/db/schema';
import { CompanySchema } from '../../../src/domain';

describe('database version 3 (follow-ups)', () => {
  it('upgrades a version 2 database: records and outbox kept, an empty followups table indexed', async () => {
    const name = `migration-v3-${Date.now()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    await v2.open();
    const company = CompanySchema.parse({
      id: 'c-1',
      name: 'Menuiserie Éclat',
      territoryId: 'dijon-metropole',
      createdAt: 1,
      updatedAt: 2,
    });
    await v2.table('companies').add({ ...company, nameKey: 'menuiserie eclat' });
    await v2.table('outbox').add({
      mutationId: 'm',
      table: 'companies',
      recordId: 'c-1',
      recordKey: 'companies:c-1',
      op: 'upsert',
      patch: {},
      baseRev: 0,
      createdAt: 3,
    });
    v2.close();

    const db = new SynergiesDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(await db.companies.get('c-1')).toMatchObject({ name: 'Menuiserie Éclat', nameKey: 'menuiserie eclat' });
    expect(await db.outbox.count()).toBe(1);
    expect(await db.followups.count()).toBe(0);
    const indexes = db.followups.schema.indexes.map((i) => i.name).sort();
    expect(indexes).toEqual([
      'createdAt',
      'nextAction.assigneeId',
      'nextAction.dueDate',
      'status',
      'synergyId',
      'territoryIds',
      'updatedAt',
    ]);
    db.close();
  });
});
