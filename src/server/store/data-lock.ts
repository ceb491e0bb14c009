// One process at a time on a PGlite folder: two would corrupt it. The lock names the owner's pid
// and is ignored once that process is gone (killed servers leave it behind).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** Takes the lock for `dataDir`, or throws a French message naming the process holding it. */
export function lockDataDir(dataDir: string): () => void {
  const file = join(dirname(dataDir), 'pglite.lock');
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, 'utf8'));
    if (pid !== process.pid && Number.isInteger(pid) && pid > 0 && alive(pid)) {
      throw new DataDirLocked(`La base ${dataDir} est ouverte par un autre processus (pid ${pid}) : arrêtez le serveur d’abord`);
    }
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}
