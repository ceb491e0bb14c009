// One server per data folder, even when two start at the same instant; the second is told so in
// one plain sentence.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { lockDataDir, lockFileOf } from '../../src/server/store/data-lock';
import { pgliteDir } from '../../src/server/store/open-store';
import { serverEnv } from './helpers/server-env';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ATTEMPT = fileURLToPath(new URL('./helpers/lock-attempt.ts', import.meta.url));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Rounds of the race, and how far apart they start (longer than one attempt, even on a stale lock). */
const ROUNDS = 20;
const STRIDE_MS = 100;

/** A child that tries the lock of each folder in turn, each at its round's instant (lock-attempt.ts). */
function attempts(dataDirs: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', ATTEMPT, String(STRIDE_MS), ...dataDirs], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let out = '';
  const lines = () => out.split('\n').filter(Boolean);
  let seen = () => undefined as void;
  child.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
    seen();
  });
  const when = (enough: (n: number) => boolean) =>
    new Promise<string[]>((resolve) => {
      seen = () => enough(lines().length) && resolve(lines());
      child.once('exit', () => resolve(lines()));
      seen();
    });
  return {
    child,
    ready: when((n) => n >= 1),
    /** One line per round once all are tried (fewer if the child died). */
    answers: () => when((n) => n > ROUNDS).then((all) => all.slice(1)),
  };
}

/** A pid that no process has: a child that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((r) => child.once('exit', r));
  return child.pid!;
}

describe('data folder lock', () => {
  it(
    'is won by exactly one of two processes trying at the same instant (20 rounds, half on a stale lock)',
    { timeout: 120_000 },
    async () => {
      const stale = await deadPid();
      // Each round on its own folder; the odd ones hold a lock left by a process that is gone.
      const dataDirs = Array.from({ length: ROUNDS }, (_, n) => {
        const dataDir = join(mkdtempSync(join(tmpdir(), 'st-lock-')), 'pglite');
        dirs.push(join(dataDir, '..'));
        if (n % 2 === 1) writeFileSync(lockFileOf(dataDir), String(stale));
        return dataDir;
      });
      // Two processes for all the rounds (starting one pair per round was most of this test's
      // time): both told the same instant once both are up.
      const pair = [attempts(dataDirs), attempts(dataDirs)];
      await Promise.all(pair.map((p) => p.ready));
      const at = String(Date.now() + 200);
      for (const p of pair) p.child.stdin!.end(`${at}\n`);
      const [a, b] = await Promise.all(pair.map((p) => p.answers()));
      for (const p of pair) p.child.kill();
      for (let n = 0; n < ROUNDS; n++) expect([a![n], b![n]].sort(), `round ${n}`).toEqual([`${n} locked`, `${n} won`]);
    },
  );

  it('is taken over from a process that is gone, and given back on release', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'st-lock-')), 'pglite');
    dirs.push(join(dataDir, '..'));
    writeFileSync(lockFileOf(dataDir), String(await deadPid()));
    const release = lockDataDir(dataDir);
    expect(() => lockDataDir(dataDir, process.ppid)).toThrow(/déjà ouverte par un autre processus \(pid \d+\)/);
    release();
    lockDataDir(dataDir, process.ppid)();
  });

  // With DATABASE_URL there is no data folder to lock.
  it.skipIf(Boolean(process.env.DATABASE_URL))(
    'refuses a second server on the same folder with one plain line and exit code 75',
    async () => {
      const env = await serverEnv();
      // Held as a running server holds it (limits.test.ts checks that one does): the test's own
      // process, alive, instead of a first server started for it (most of this test's time).
      const unlock = lockDataDir(pgliteDir(env.env));
      try {
        const second = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
          cwd: ROOT,
          env: { ...process.env, ...env.env, PORT: '0', HOST: '127.0.0.1' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        second.stdout!.on('data', (d: Buffer) => (out += d.toString()));
        second.stderr!.on('data', (d: Buffer) => (out += d.toString()));
        const code = await new Promise<number | null>((resolve) => second.once('exit', resolve));
        expect(code).toBe(75);
        expect(out.trim()).toMatch(
          new RegExp(`^La base .* est déjà ouverte par un autre processus \\(pid ${process.pid}\\) : arrêtez d’abord ce serveur\\.$`),
        );
        expect(out).not.toMatch(/\n\s+at /);
      } finally {
        unlock();
        await env.dispose();
      }
    },
  );
});
