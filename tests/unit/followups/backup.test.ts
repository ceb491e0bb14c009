import { beforeEach, describe, expect, it } from 'vitest';
import type { SynergiesDB } from '../../../src/db/database';
import { addNote, changeStatus, getFollowup, openFollowup } from '../../../src/db/followups';
import { exportBackup, restoreBackupText, wipeLocalData } from '../../../src/exchange/backup';
import { freshDatabase } from '../../fixtures/db';
import { REFERENT, SAND_SYNERGY } from '../../fixtures/followups';

let db: SynergiesDB;
beforeEach(async () => {
  db = await freshDatabase();
});

describe('backup of follow-ups', () => {
  it('exports follow-ups with their pending changes and restores them', async () => {
    const f = await openFollowup(SAND_SYNERGY, REFERENT);
    await changeStatus(f.id, 'retained', REFERENT);
    await addNote(f.id, 'À revoir en janvier', REFERENT);
    const text = JSON.stringify(await exportBackup());
    await wipeLocalData();
    expect(await getFollowup(f.id)).toBeUndefined();
    expect((await restoreBackupText(text)).ok).toBe(true);
    const restored = await getFollowup(f.id);
    expect(restored?.status).toBe('retained');
    expect(restored?.notes.map((n) => n.text)).toEqual(['À revoir en janvier']);
    expect((await db.outbox.toArray()).map((e) => e.table)).toEqual(['followups']);
  });

  it('reads a backup written before follow-ups existed', async () => {
    const backup = await exportBackup();
    const { followups: _none, ...older } = backup.tables;
    const result = await restoreBackupText(JSON.stringify({ ...backup, schemaVersion: 2, tables: older }));
    expect(result.ok).toBe(true);
    expect(await db.followups.count()).toBe(0);
  });

  it('refuses a backup holding a follow-up Écartée without reason, naming the table', async () => {
    const f = await openFollowup(SAND_SYNERGY, REFERENT);
    const backup = await exportBackup();
    backup.tables.followups = [{ ...f, status: 'rejected' }];
    const result = await restoreBackupText(JSON.stringify(backup));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/Suivis de synergies.*Un motif est requis/);
  });
});
