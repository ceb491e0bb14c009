// Child process for the data-lock race: says "ready", reads an instant from its input, then for
// each data folder given, at that instant plus the round's offset, tries the lock once and prints
// "<round> won" or "<round> locked"; it holds the locks it won until the parent ends it.
import { DataDirLocked, lockDataDir } from '../../../src/server/store/data-lock';

const [stride, ...dataDirs] = process.argv.slice(2) as [string, ...string[]];

/** Sleeps until just before `at`, then spins: both processes must try within the same millisecond. */
function waitUntil(at: number): void {
  const sleep = at - Date.now() - 20;
  if (sleep > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, sleep);
  while (Date.now() < at) {
    // Busy wait.
  }
}

process.stdin.once('data', (line: Buffer) => {
  const start = Number(line.toString().trim());
  for (const [round, dataDir] of dataDirs.entries()) {
    waitUntil(start + round * Number(stride));
    try {
      lockDataDir(dataDir);
      process.stdout.write(`${round} won\n`);
    } catch (error) {
      process.stdout.write(error instanceof DataDirLocked ? `${round} locked\n` : `${round} error ${String(error)}\n`);
    }
  }
  process.stdin.destroy();
  setTimeout(() => undefined, 60_000);
});
process.stdout.write('ready\n');
