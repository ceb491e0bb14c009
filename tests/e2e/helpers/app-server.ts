// Starts the real server (`src/server/main.ts`) on a free loopback port with its own data folder,
// serving the built app from dist/. Used by the browser tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../server/helpers/server-process';

export interface RunningApp {
  url: string;
  dataDir: string;
  process: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** `port`: the one of a server stopped earlier, to bring it back where the devices look for it. */
export async function startApp(env: Record<string, string> = {}, port?: number): Promise<RunningApp> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ absent : lancez `npx vite build` avant les tests navigateur.');
  port ??= await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'st-e2e-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  while (!log.includes(`:${port}`)) {
    if (child.exitCode !== null) throw new Error(`Le serveur s’est arrêté :\n${log}`);
    if (Date.now() > deadline) throw new Error(`Le serveur ne démarre pas :\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    dataDir,
    process: child,
    output: () => log,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
