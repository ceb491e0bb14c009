// One process at a time on a PGlite folder: two would corrupt it. The lock file is created with
// O_EXCL ('wx'), so of two processes starting at the same instant exactly one gets it. It names the
// owner's pid and is taken over once that process is gone (killed servers leave it behind).
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

export class DataDirLocked extends Error {}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export const lockFileOf = (dataDir: string) => join(dirname(dataDir), 'pglite.lock');

/** Creates the lock file holding our pid; false if it already exists. */
function create(file: string, pid: number): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  writeSync(fd, String(pid));
  closeSync(fd);
  return true;
}

const ownerOf = (file: string): number => {
  try {
    return Number(readFileSync(file, 'utf8'));
  } catch {
    return NaN;
  }
};

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Moves a stale lock aside atomically. If what was moved turns out to be a living process's fresh
 * lock (it took over the same stale lock a moment before us), it is put back.
 */
function removeStale(file: string, pid: number): void {
  const aside = `${file}.stale-${pid}`;
  try {
    renameSync(file, aside);
  } catch {
    return; // Someone else moved it first.
  }
  const owner = ownerOf(aside);
  if (owner > 0 && owner !== pid && alive(owner)) {
    try {
      linkSync(aside, file);
    } catch {
      // A third process holds the name now: it will be found on the next round.
    }
  }
  rmSync(aside, { force: true });
}

/** Takes the lock for `dataDir`, or throws DataDirLocked with a French message naming the holder. */
export function lockDataDir(dataDir: string, pid: number = process.pid): () => void {
  const file = lockFileOf(dataDir);
  mkdirSync(dirname(file), { recursive: true });
  const release = () => rmSync(file, { force: true });
  for (let attempt = 0; attempt < 5; attempt++) {
    if (create(file, pid)) return release;
    const owner = ownerOf(file);
    if (owner === pid) return release;
    if (owner > 0 && alive(owner)) {
      throw new DataDirLocked(`La base ${dataDir} est déjà ouverte par un autre processus (pid ${owner}) : arrêtez d’abord ce serveur.`);
    }
    // Empty (being written this instant) or vanished: look again in a moment.
    if (!(owner > 0)) pause(20);
    else removeStale(file, pid);
  }
  throw new DataDirLocked(
    `La base ${dataDir} est verrouillée (${file}) : arrêtez l’autre serveur, ou supprimez ce fichier s’il n’en reste aucun.`,
  );
}
