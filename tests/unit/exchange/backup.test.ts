// A full JSON backup: export, wipe, restore gives back the same base; a bad file changes nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TERRITORIES } from '../../../src/domain';
import { db } from '../../../src/db/database';
import { CURRENT_VERSION } from '../../../src/db/schema';
import { createCompany } from '../../../src/db/companies';
import { proposePark } from '../../../src/db/parks';
import {
  backupFileName,
  backupSummary,
  backupToBlob,
  exportBackup,
  parseBackup,
  restoreBackup,
  restoreBackupText,
  wipeLocalData,
  type Backup,
} from '../../../src/exchange';
import { FONDERIE } from '../../fixtures/companies';
import { freshDatabase, seedBase } from '../../fixtures/exchange/database';

const TABLES = ['companies', 'flux', 'visits', 'followups', 'workshops', 'territories', 'zones', 'parks', 'outbox', 'conflicts'] as const;

/** Every table as stored, sorted by key, to compare two states of the base. */
async function snapshot() {
  const database = db();
  const entries = await Promise.all(
    TABLES.map(async (t) => [
      t,
      await database
        .table(t)
        .toCollection()
        .sortBy(t === 'outbox' ? 'seq' : 'id'),
    ]),
  );
  return Object.fromEntries(entries) as Record<string, unknown[]>;
}

async function writeAndRead(backup: Backup): Promise<string> {
  return backupToBlob(backup).text();
}

beforeEach(async () => {
  await freshDatabase();
});

describe('backup round trip', () => {
  it('export → wipe → restore gives back identical tables, unsynced changes included', async () => {
    await seedBase();
    await db().zones.add({
      id: 'za-bois-vert',
      territoryId: 'dijon-metropole',
      name: 'ZA du Bois Vert',
      createdAt: 1,
      updatedAt: 1,
      rev: 0,
      deleted: false,
    });
    // A park of the shared list, and a zone typed offline that waits to be proposed.
    await db().parks.put({
      id: 'p-cap-nord',
      territoryId: 'dijon-metropole',
      name: 'Cap Nord',
      nameKey: 'cap nord',
      status: 'confirmed',
      createdAt: 1,
      updatedAt: 1,
      rev: 4,
    });
    const proposal = await proposePark('dijon-metropole', 'ZI des Grèves');
    await db().conflicts.add({
      id: 'c1',
      table: 'companies',
      recordId: 'abc123',
      recordKey: 'companies:abc123',
      fields: ['name'],
      local: { name: 'A' },
      server: { name: 'B' },
      createdAt: 5,
    });
    const before = await snapshot();
    expect(before.outbox!.length).toBeGreaterThan(0);

    const text = await writeAndRead(await exportBackup());
    await wipeLocalData();
    expect(await db().companies.count()).toBe(0);
    expect(await db().outbox.count()).toBe(0);

    const restored = await restoreBackupText(text);
    if (!restored.ok) throw new Error(restored.error);
    expect(backupSummary(restored.backup)).toMatchObject({ companies: 4, flux: 4, visits: 1, zones: 1, parks: 2, conflicts: 1 });
    expect((await db().parks.get(proposal.id))?.pendingSince).toBe(proposal.pendingSince);
    expect(JSON.parse(JSON.stringify(await snapshot()))).toEqual(JSON.parse(JSON.stringify(before)));
  });

  it('writes the versioned envelope and a dated file name', async () => {
    const backup = await exportBackup(new Date('2025-06-07T10:00:00Z'));
    expect(backup).toMatchObject({
      format: 'synergies-terrain-backup',
      version: 1,
      exportedAt: '2025-06-07T10:00:00.000Z',
      schemaVersion: CURRENT_VERSION,
    });
    expect(Object.keys(backup.tables).sort()).toEqual([...TABLES].sort());
    expect(backupFileName(new Date(2025, 5, 7))).toBe('synergies-terrain-sauvegarde-2025-06-07.json');
  });

  it('restores a backup written before schema v5, leaving its synergies out (recomputed, never stored)', async () => {
    await seedBase();
    const before = await snapshot();
    const backup = await exportBackup();
    // Written before business parks were shared, too: no `parks` table.
    const { parks: _parks, ...tables } = backup.tables;
    const older = { ...backup, schemaVersion: 2, tables: { ...tables, synergies: [{ id: 'sub:0123456789abcdef', score: 80 }] } };
    await wipeLocalData();
    const restored = await restoreBackupText(JSON.stringify(older));
    if (!restored.ok) throw new Error(restored.error);
    expect(Object.keys(restored.backup.tables)).not.toContain('synergies');
    // Written with the first vocabulary: the waste heat's « fumées à 180 °C » becomes its temperature.
    const heat = (f: Record<string, unknown>) => f.resourceCode === 'nrj.waste-heat';
    expect(await snapshot()).toEqual({
      ...before,
      flux: before.flux!.map((f) => (heat(f as Record<string, unknown>) ? { ...(f as object), temperatureC: 180 } : f)),
    });
    expect(db().tables.map((t) => t.name)).not.toContain('synergies');
  });

  it('wipe keeps the default territories', async () => {
    await seedBase();
    await wipeLocalData();
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect((await db().territories.toArray()).sort(byId)).toEqual([...DEFAULT_TERRITORIES].sort(byId));
  });
});

describe('restoring a bad file', () => {
  let valid: Backup;
  let before: Record<string, unknown[]>;

  beforeEach(async () => {
    await seedBase();
    valid = JSON.parse(await writeAndRead(await exportBackup())) as Backup;
    await createCompany({ ...FONDERIE, name: 'Ajoutée après la sauvegarde', siret: '' });
    before = await snapshot();
  });

  /** Parses, and if (wrongly) accepted restores: either way the base must be as it was. */
  async function attempt(text: string): Promise<string> {
    const parsed = parseBackup(text);
    if (parsed.ok) await restoreBackup(parsed.backup);
    expect(await snapshot()).toEqual(before);
    expect(parsed.ok).toBe(false);
    return parsed.ok ? '' : parsed.error;
  }

  it('says when the file is not JSON (e.g. truncated)', async () => {
    const text = JSON.stringify(valid);
    expect(await attempt(text.slice(0, text.length / 2))).toMatch(/n’est pas du JSON valide/);
  });

  it('says when the JSON is not one of our backups', async () => {
    expect(await attempt('{"type":"FeatureCollection","features":[]}')).toMatch(/n’est pas une sauvegarde Synergies Terrain/);
    expect(await attempt('[1,2,3]')).toMatch(/objet JSON attendu/);
  });

  it('refuses a newer backup version or a newer database schema', async () => {
    expect(await attempt(JSON.stringify({ ...valid, version: 2 }))).toMatch(/Version de sauvegarde 2 non prise en charge/);
    expect(await attempt(JSON.stringify({ ...valid, schemaVersion: 99 }))).toMatch(/version plus récente de l’application/);
  });

  it('names a missing table', async () => {
    const { flux: _flux, ...tables } = valid.tables;
    expect(await attempt(JSON.stringify({ ...valid, tables }))).toMatch(/table Flux : liste d’enregistrements attendue/);
  });

  it('names the table, record and field of an invalid record', async () => {
    const companies = valid.tables.companies.map((c, i) => (i === 1 ? { ...c, siret: '41234567800013' } : c));
    const flux = valid.tables.flux.map((f, i) => (i === 0 ? { ...f, quantity: -3 } : f));
    const error = await attempt(JSON.stringify({ ...valid, tables: { ...valid.tables, companies, flux } }));
    const second = valid.tables.companies[1]!;
    expect(error).toContain('2 enregistrements invalides');
    expect(error).toContain(
      `Entreprises, enregistrement n° 2, identifiant ${second.id} « ${second.name} » : SIRET invalide : clé de contrôle incorrecte`,
    );
    expect(error).toContain('Flux, enregistrement n° 1');
    expect(error).toContain('Quantité : La quantité ne peut pas être négative');
  });

  it('refuses duplicate identifiers instead of failing half-way', async () => {
    const companies = [...valid.tables.companies, valid.tables.companies[0]!];
    expect(await attempt(JSON.stringify({ ...valid, tables: { ...valid.tables, companies } }))).toMatch(
      /Entreprises, enregistrement n° 5.*identifiant en double/,
    );
  });

  it('leaves the base untouched when a write fails during the restore', async () => {
    const parsed = parseBackup(JSON.stringify(valid));
    if (!parsed.ok) throw new Error(parsed.error);
    // Two outbox entries with the same seq pass validation only if we sneak past it, as a
    // storage failure would: the transaction must roll back everything already cleared.
    const broken = structuredClone(parsed.backup);
    broken.tables.outbox = [...broken.tables.outbox, broken.tables.outbox[0]!];
    await expect(restoreBackup(broken)).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });
});
