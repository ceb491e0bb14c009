// Starts the real server with accounts already created in its store (written directly, before the
// server opens it: the data folder is locked while it runs). Generic: any browser test may use it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '../../../src/domain/user';
import { createUser } from '../../../src/server/auth/users-repo';
import { openStore } from '../../../src/server/store/open-store';
import { startApp, type RunningApp } from './app-server';

export interface SeedUser {
  email: string;
  name: string;
  role?: Role;
  territoryIds: string[];
  password: string;
}

export async function startAppWithUsers(users: readonly SeedUser[], env: Record<string, string> = {}): Promise<RunningApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'st-e2e-users-'));
  const storeEnv = { DATA_DIR: dataDir, DATABASE_URL: '' };
  const sql = await openStore({ DATA_DIR: dataDir });
  try {
    for (const u of users) await createUser(sql, { role: 'advisor', ...u });
  } finally {
    await sql.close();
  }
  const app = await startApp({ ...storeEnv, ADMIN_PASSWORD: 'admin-e2e-password', ...env });
  return {
    ...app,
    dataDir,
    stop: async () => {
      await app.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
