// Flux recorded with the first vocabulary keep their meaning: on a device upgraded to database v7,
// in a backup of the previous version restored today, and in the pure mapping both use.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SynergiesDB, useDatabase } from '../../../src/db/database';
import { fluxToReview } from '../../../src/db/vocabulary-review';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V6 } from '../../../src/db/schema';
import { FluxSchema, mapFluxVocabulary, type Flux } from '../../../src/domain';
import { exportBackup, restoreBackupText } from '../../../src/exchange';
import { expectMapped, PREVIOUS_VERSION_FLUX } from '../../fixtures/vocabulary-v1';

describe('vocabulary version 2', () => {
  it('maps each old flux once, and lists for review an « Autre » nothing fits', () => {
    const parsed = PREVIOUS_VERSION_FLUX.map((f) => FluxSchema.parse(f));
    expect(mapFluxVocabulary(parsed[4]!)).toEqual({ patch: undefined, review: true });
    const mapped = parsed.map((f) => ({ ...f, ...(mapFluxVocabulary(f).patch ?? {}) }) as Flux);
    expectMapped(mapped);
    // Idempotent: a mapped flux maps to nothing more.
    for (const f of mapped) expect(mapFluxVocabulary(FluxSchema.parse(f)).patch).toBeUndefined();
  });

  it('upgrades a version 6 database to version 7 with every flux keeping its meaning', async () => {
    const name = `migration-v6-${Date.now()}`;
    const v6 = new Dexie(name);
    const { synergies: _, ...stores } = { ...SCHEMA_V1, ...SCHEMA_V2, ...SCHEMA_V3, ...SCHEMA_V4, ...SCHEMA_V6 } as Record<string, string>;
    v6.version(6).stores(stores);
    await v6.open();
    await v6.table('flux').bulkAdd(PREVIOUS_VERSION_FLUX);
    v6.close();

    const db = new SynergiesDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(7);
    expectMapped((await db.flux.toArray()).map((f) => FluxSchema.parse(f)));
    expect(await db.outbox.count()).toBe(0);
    // What stays « Autre » is listed for an advisor to class.
    useDatabase(db);
    expect((await fluxToReview()).map((i) => i.flux.id)).toEqual(['f-bizarre']);
    db.close();
  });

  it('restores a backup of the previous version (database v6) into today’s vocabulary', async () => {
    const database = new SynergiesDB(`restore-v6-${Date.now()}`);
    useDatabase(database);
    await database.open();
    const backup = await exportBackup();
    const old = { ...backup, schemaVersion: 6, tables: { ...backup.tables, flux: PREVIOUS_VERSION_FLUX } };
    const result = await restoreBackupText(JSON.stringify(old));
    expect(result.ok).toBe(true);
    expectMapped((await database.flux.toArray()).map((f) => FluxSchema.parse(f)));
    database.close();
  });
});
