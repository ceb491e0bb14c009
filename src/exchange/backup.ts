// Full JSON backup of the local base and its restore (all or nothing), plus wiping the base.
// The outbox is part of it: unsynced changes must survive a device change or a reset.
import { DEFAULT_TERRITORIES, withVocabularyMapping, type Company } from '../domain';
import { db, withSearchKey, type StoredCompany } from '../db/database';
import { CURRENT_VERSION, VOCABULARY_V2_SCHEMA } from '../db/schema';
import { parseBackup, type ParseBackupResult } from './backup-parse';
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, type Backup, type BackupTable, type BackupTables } from './backup-schema';
import { localDay } from './excel-format';

/** The table objects of every backed-up table, for one transaction over all of them. */
function allTables() {
  const database = db();
  return BACKUP_TABLES.map((t) => database.table(t));
}

/**
 * Everything stored locally, as stored. Rows are not re-validated here: a row the app cannot
 * read is still exported (and then named by parseBackup), never silently dropped.
 */
export async function exportBackup(now: Date = new Date()): Promise<Backup> {
  const database = db();
  const tables = await database.transaction('r', allTables(), async () => {
    const entries = await Promise.all(BACKUP_TABLES.map(async (t) => [t, await database.table(t).toArray()] as const));
    return Object.fromEntries(entries) as unknown as BackupTables;
  });
  // nameKey is a search index derived from the name: rebuilt on restore, not worth storing.
  tables.companies = (tables.companies as StoredCompany[]).map(({ nameKey: _nameKey, ...company }) => company as Company);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    schemaVersion: CURRENT_VERSION,
    tables,
  };
}

export function backupToBlob(backup: Backup): Blob {
  return new Blob([JSON.stringify(backup)], { type: 'application/json' });
}

export const backupFileName = (now?: Date) => `synergies-terrain-sauvegarde-${localDay(now)}.json`;

/** Missing default territories, so a base never ends up without the programme's EPCI. */
function withDefaultTerritories(territories: BackupTables['territories']): BackupTables['territories'] {
  const ids = new Set(territories.map((t) => t.id));
  return [...territories, ...DEFAULT_TERRITORIES.filter((t) => !ids.has(t.id))];
}

/**
 * Replaces every local table with the backup's, in one transaction: if any write fails the base
 * is left as it was. Pass a backup checked by parseBackup.
 */
export async function restoreBackup(backup: Backup): Promise<void> {
  const database = db();
  const { tables } = backup;
  await database.transaction('rw', allTables(), async () => {
    for (const t of BACKUP_TABLES) await database.table(t).clear();
    await database.territories.bulkAdd(withDefaultTerritories(tables.territories));
    await database.zones.bulkAdd(tables.zones);
    await database.parks.bulkAdd(tables.parks);
    await database.companies.bulkAdd(tables.companies.map(withSearchKey));
    // A backup of a version before the vocabulary's v2 (database v7) is mapped as the upgrade maps it.
    await database.flux.bulkAdd(backup.schemaVersion < VOCABULARY_V2_SCHEMA ? tables.flux.map(withVocabularyMapping) : tables.flux);
    await database.visits.bulkAdd(tables.visits);
    await database.followups.bulkAdd(tables.followups);
    await database.workshops.bulkAdd(tables.workshops);
    // Entries keep their seq, so the order in which changes are pushed is unchanged.
    await database.outbox.bulkAdd(tables.outbox);
    await database.conflicts.bulkAdd(tables.conflicts);
  });
}

/** Checks a backup file's text, then restores it; nothing is touched when the file is refused. */
export async function restoreBackupText(text: string): Promise<ParseBackupResult> {
  const parsed = parseBackup(text);
  if (parsed.ok) await restoreBackup(parsed.backup);
  return parsed;
}

/** How many records each table holds, for a "replace your 12 companies by these 40?" prompt. */
export function backupSummary(backup: Backup): Record<BackupTable, number> {
  return Object.fromEntries(BACKUP_TABLES.map((t) => [t, backup.tables[t].length])) as Record<BackupTable, number>;
}

/** Empties the local base, keeping only the default territories (as on first launch). */
export async function wipeLocalData(): Promise<void> {
  const database = db();
  await database.transaction('rw', allTables(), async () => {
    for (const t of BACKUP_TABLES) await database.table(t).clear();
    await database.territories.bulkAdd(DEFAULT_TERRITORIES);
  });
}
