// Backup and restore of the embedded database (PGlite): a consistent copy of its folder as one
// .tar.gz, taken with the server stopped (the lock file says when it runs), and put back the same
// way. With PostgreSQL, pg_dump and pg_restore do this job (README « Sauvegarde »).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { migrate } from '../store/migrate';
import { openPglite } from '../store/pglite';

export class BackupError extends Error {}

/** Writes the folder's database to `file` (.tar.gz); returns its size in bytes. */
export async function backupEmbedded(dataDir: string, file: string): Promise<number> {
  if (!existsSync(dataDir) || readdirSync(dataDir).length === 0) throw new BackupError(`Aucune base à sauvegarder dans ${dataDir}`);
  const db = new PGlite(dataDir);
  try {
    await db.waitReady;
    // A checkpoint first: the copy holds every committed change in the data files themselves.
    await db.exec('CHECKPOINT');
    const dump = await db.dumpDataDir('gzip');
    const bytes = Buffer.from(await dump.arrayBuffer());
    writeFileSync(file, bytes);
    return bytes.length;
  } finally {
    await db.close();
  }
}

/**
 * Puts the database of `file` in place of the folder's. What was there is kept aside (renamed with
 * the date), never deleted; a copy that does not open, or that a newer server wrote, is refused and
 * the folder left as it was.
 */
export async function restoreEmbedded(dataDir: string, file: string, now = new Date()): Promise<{ keptAside?: string }> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new BackupError(`Fichier de sauvegarde introuvable : ${file}`);
  const content = readFileSync(file);
  if (content.length < 2 || content[0] !== 0x1f || content[1] !== 0x8b) {
    throw new BackupError(`${file} n’est pas une sauvegarde de Synergies Terrain (archive .tar.gz attendue)`);
  }
  const staging = `${dataDir}.restoring-${now.getTime()}`;
  mkdirSync(dirname(dataDir), { recursive: true });
  try {
    try {
      const db = new PGlite(staging, { loadDataDir: new Blob([content]) });
      await db.waitReady;
      await db.close();
    } catch (error) {
      throw new BackupError(`Sauvegarde illisible (${(error as Error).message ?? error}) : rien n’a été modifié`);
    }
    // Brought up to this version's schema, or refused when a newer server wrote it.
    const check = await openPglite(staging);
    try {
      await migrate(check);
    } finally {
      await check.close();
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  let keptAside: string | undefined;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    keptAside = `${dataDir}.avant-restauration-${now.toISOString().slice(0, 19).replace(/[:T]/g, '-')}`;
    renameSync(dataDir, keptAside);
  }
  renameSync(staging, dataDir);
  return { keptAside };
}
