// One server per data folder, even when two start at the same instant; the second is told so in
// one plain sentence.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { lockDataDir, lockFileOf } from '../../src/server/store/data-lock';
import { startServer } from './helpers/server-process';
import { serverEnv } from './helpers/server-env';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ATTEMPT = fileURLToPath(new URL('./helpers/lock-attempt.ts', import.meta.url));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function attempt(dataDir: string, at: number): { child: ChildProcess; answer: Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', ATTEMPT, dataDir, String(at)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const answer = new Promise<string>((resolve) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    child.once('exit', () => resolve(out.trim()));
  });
  return { child, answer };
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
    { timeout: 240_000 },
    async () => {
      const stale = await deadPid();
      // Four rounds at a time, each on its own folder: the pairs race each other, not the rounds.
      const round = async (n: number) => {
        const dataDir = join(mkdtempSync(join(tmpdir(), 'st-lock-')), 'pglite');
        dirs.push(join(dataDir, '..'));
        if (n % 2 === 1) writeFileSync(lockFileOf(dataDir), String(stale));
        // Far enough ahead for all eight children to have started (tsx takes a moment).
        const at = Date.now() + 4000;
        const pair = [attempt(dataDir, at), attempt(dataDir, at)];
        const answers = await Promise.all(pair.map((p) => p.answer));
        for (const p of pair) p.child.kill();
        expect(answers.sort(), `round ${n}`).toEqual(['locked', 'won']);
      };
      for (let batch = 0; batch < 20; batch += 4) await Promise.all([0, 1, 2, 3].map((i) => round(batch + i)));
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
      const first = await startServer(env.env);
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
        expect(out.trim()).toMatch(/^La base .* est déjà ouverte par un autre processus \(pid \d+\) : arrêtez d’abord ce serveur\.$/);
        expect(out).not.toMatch(/\n\s+at /);
      } finally {
        await first.stop();
        await env.dispose();
      }
    },
  );
});
