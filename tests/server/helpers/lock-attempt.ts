// Child process for the data-lock race: waits until the given instant, tries the lock once, prints
// "won" or "locked", and holds a won lock until the parent ends it.
import { DataDirLocked, lockDataDir } from '../../../src/server/store/data-lock';

const [dataDir, at] = process.argv.slice(2) as [string, string];
while (Date.now() < Number(at)) {
  // Busy wait: both processes must try within the same millisecond.
}
try {
  lockDataDir(dataDir);
  process.stdout.write('won\n');
  setTimeout(() => undefined, 60_000);
} catch (error) {
  process.stdout.write(error instanceof DataDirLocked ? 'locked\n' : `error ${String(error)}\n`);
  process.exit(0);
}
