// The flux's own LER code travels through backups and the flux CSV; backups of the previous version,
// written before the field existed, still restore.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { addFlux, updateFlux } from '../../../src/db/flux';
import { exportBackup, exportFluxCsv, restoreBackupText, wipeLocalData } from '../../../src/exchange';
import { parseCsv } from '../../../src/exchange/csv';
import { TAXONOMY } from '../../../src/domain';
import { freshDatabase, seedBase } from '../../fixtures/exchange/database';

const other = TAXONOMY.find((r) => r.isOther && r.family === 'materials')!;

beforeEach(async () => {
  await freshDatabase();
});

describe('a flux’s LER code in backups and exports', () => {
  it('restores a backup of the previous version: flux without a code keep their entry’s', async () => {
    const [fonderie] = await seedBase();
    const backup = await exportBackup();
    // The previous version never wrote the field.
    for (const f of backup.tables.flux as { wasteCode?: string }[]) expect(f.wasteCode).toBeUndefined();
    await wipeLocalData();
    const restored = await restoreBackupText(JSON.stringify(backup));
    if (!restored.ok) throw new Error(restored.error);
    const flux = await db().flux.where('companyId').equals(fonderie!.id).toArray();
    expect(flux.map((f) => f.resourceCode).sort()).toEqual(['mat.cardboard', 'nrj.waste-heat']);
  });

  it('keeps the code an advisor chose through a backup, and exports it in the CSV', async () => {
    const [fonderie] = await seedBase();
    const sludge = await addFlux(fonderie!.id, other.code, 'offer', { label: 'boues d’hydroxydes' });
    await updateFlux(sludge.id, { wasteCode: '110109' });
    const text = JSON.stringify(await exportBackup());
    await wipeLocalData();
    const restored = await restoreBackupText(text);
    if (!restored.ok) throw new Error(restored.error);
    expect((await db().flux.get(sludge.id))?.wasteCode).toBe('11 01 09*');

    const rows = parseCsv(await exportFluxCsv());
    const column = rows[0]!.indexOf('Code déchet (LER)');
    expect(rows.find((r) => r[5] === 'boues d’hydroxydes')?.[column]).toBe('11 01 09*');
    expect(rows.find((r) => r[4] === 'mat.cardboard')?.[column]).toBe('15 01 01');
  });

  it('says whether a free « Autre » waste taken in may be hazardous', async () => {
    const [fonderie] = await seedBase();
    await addFlux(fonderie!.id, other.code, 'need', { label: 'boues à régénérer', acceptsHazardous: true });
    const rows = parseCsv(await exportFluxCsv());
    const header = rows[0]!;
    expect(rows.find((r) => r[5] === 'boues à régénérer')?.[header.indexOf('Déchets dangereux acceptés')]).toBe('Oui');
  });

  it('refuses a backup whose flux carries a code absent from the list, naming it', async () => {
    await seedBase();
    const backup = await exportBackup();
    (backup.tables.flux[0] as { wasteCode?: string }).wasteCode = '15 01 08';
    await wipeLocalData();
    const restored = await restoreBackupText(JSON.stringify(backup));
    expect(restored.ok).toBe(false);
    expect(!restored.ok && restored.error).toMatch(/Code déchet inconnu/);
  });
});
