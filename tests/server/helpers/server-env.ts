// Environment for a server process under test: a temp data folder, or a fresh PostgreSQL database
// when DATABASE_URL is set, and a known admin account.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPgDatabase } from './test-store';

export const ADMIN = { email: 'admin@test.fr', password: 'mot-de-passe-de-test' };

export async function serverEnv(): Promise<{ env: Record<string, string>; dispose(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'st-server-'));
  const env: Record<string, string> = { DATA_DIR: dataDir, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password };
  const base = process.env.DATABASE_URL;
  const db = base ? await createPgDatabase(base) : undefined;
  if (db) env.DATABASE_URL = db.url;
  return {
    env,
    async dispose() {
      await db?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
