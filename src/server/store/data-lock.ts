// One process at a time on a PGlite folder: two would corrupt it. The lock file names its owner's
// pid and appears whole: it is written under a private name, then linked into place, and a link
// fails if the name exists, so of two processes starting at the same instant exactly one gets it
// and nobody ever reads it half written. A lock left by a killed server is taken over, but only
// under a second, short-lived lock (« break »), so that two processes clearing the same stale lock
// cannot remove each other's fresh one.
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** Creates `file` holding our pid, whole or not at all; false if it already exists. */
function create(file: string, pid: number): boolean {
  const draft = `${file}.${pid}.draft`;
  writeFileSync(draft, String(pid));
  try {
    linkSync(draft, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(draft, { force: true });
  }
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
 * Removes `file` if it still belongs to the dead process `stale`. Only the holder of the break lock
 * removes a lock file, and it checks the owner again once it holds it: a fresh lock can only be
 * created after the stale one is gone, so what it removes is the stale one.
 */
function removeStale(file: string, stale: number, pid: number): void {
  const breaker = `${file}.break`;
  if (!create(breaker, pid)) {
    // Held for microseconds; one left by a process killed inside that window is cleared.
    const holder = ownerOf(breaker);
    if (holder > 0 && !alive(holder)) rmSync(breaker, { force: true });
    else pause(5);
    return;
  }
  try {
    if (ownerOf(file) === stale) rmSync(file, { force: true });
  } finally {
    rmSync(breaker, { force: true });
  }
}

/** Takes the lock for `dataDir`, or throws DataDirLocked with a French message naming the holder. */
export function lockDataDir(dataDir: string, pid: number = process.pid): () => void {
  const file = lockFileOf(dataDir);
  mkdirSync(dirname(file), { recursive: true });
  const release = () => {
    if (ownerOf(file) === pid) rmSync(file, { force: true });
  };
  for (let attempt = 0; attempt < 50; attempt++) {
    if (create(file, pid)) return release;
    const owner = ownerOf(file);
    if (owner === pid) return release;
    if (owner > 0 && alive(owner)) {
      throw new DataDirLocked(`La base ${dataDir} est déjà ouverte par un autre processus (pid ${owner}) : arrêtez d’abord ce serveur.`);
    }
    if (owner > 0) removeStale(file, owner, pid);
    else if (attempt > 0) pause(10); // Unreadable or vanished this instant: look again in a moment.
  }
  throw new DataDirLocked(
    `La base ${dataDir} est verrouillée (${file}) : arrêtez l’autre serveur, ou supprimez ce fichier s’il n’en reste aucun.`,
  );
}
