// The embedded database's backup and restore, and an upgrade from the previous schema: what a
// chamber's IT person does before installing a new version.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupEmbedded, BackupError, restoreEmbedded } from '../../src/server/admin/backup';
import { createUser } from '../../src/server/auth/users-repo';
import { lockDataDir } from '../../src/server/store/data-lock';
import { migrate, migrationFiles } from '../../src/server/store/migrate';
import { openStore, pgliteDir } from '../../src/server/store/open-store';
import { openPglite } from '../../src/server/store/pglite';

const root = mkdtempSync(join(tmpdir(), 'st-backup-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function seeded(dataDir: string): Promise<string[]> {
  const sql = await openStore({ DATA_DIR: dataDir });
  for (const name of ['Claire', 'Paul', 'Léa']) {
    await createUser(sql, {
      email: `${name.toLowerCase()}@cci.fr`,
      name,
      role: 'advisor',
      territoryIds: ['dijon-metropole'],
      password: 'mot-de-passe-long',
    });
  }
  await sql
    .query(
      `INSERT INTO records (table_name, id, territory_id, rev, data, field_revs, updated_at)
     VALUES ('companies', 'co-1', 'dijon-metropole', nextval('change_rev'), '{"name":"Scierie du Morvan"}', '{}', 1)`,
    )
    .catch(() => undefined);
  const users = await sql.query<{ email: string }>('SELECT email FROM users ORDER BY email');
  await sql.close();
  return users.map((u) => u.email);
}

async function emails(dataDir: string): Promise<string[]> {
  const sql = await openPglite(pgliteDir({ DATA_DIR: dataDir }));
  const rows = await sql.query<{ email: string }>('SELECT email FROM users ORDER BY email');
  await sql.close();
  return rows.map((r) => r.email);
}

describe('backup and restore of the embedded database', () => {
  const dataDir = join(root, 'data');
  const file = join(root, 'sauvegarde.tar.gz');

  it('round-trips every record through backup, wipe and restore', async () => {
    const before = await seeded(dataDir);
    expect(before).toHaveLength(3);
    expect(await backupEmbedded(pgliteDir({ DATA_DIR: dataDir }), file)).toBeGreaterThan(1000);
    rmSync(dataDir, { recursive: true, force: true });
    const { keptAside } = await restoreEmbedded(pgliteDir({ DATA_DIR: dataDir }), file);
    expect(keptAside).toBeUndefined();
    expect(await emails(dataDir)).toEqual(before);
  });

  it('keeps the database it replaces aside, and refuses a file that is not a backup without touching anything', async () => {
    const dir = pgliteDir({ DATA_DIR: dataDir });
    const { keptAside } = await restoreEmbedded(dir, file);
    expect(keptAside && existsSync(keptAside)).toBe(true);
    const junk = join(root, 'pas-une-sauvegarde.tar.gz');
    writeFileSync(junk, 'bonjour');
    await expect(restoreEmbedded(dir, junk)).rejects.toThrow(BackupError);
    expect((await emails(dataDir)).length).toBe(3);
    expect(readdirSync(root).some((f) => f.includes('.restoring-'))).toBe(false);
  });

  it('the admin command refuses a backup or a restore while the server holds the folder', () => {
    const unlock = lockDataDir(pgliteDir({ DATA_DIR: dataDir }));
    try {
      for (const command of ['backup', 'restore']) {
        const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/admin.ts', command, '--file', file], {
          env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
          encoding: 'utf8',
          timeout: 60_000,
        });
        expect(run.status, command).toBe(1);
        expect(run.stderr).toMatch(/le serveur tourne sur cette base/);
      }
    } finally {
      unlock();
    }
  });
});

describe('upgrade', () => {
  it('brings a database made by the previous version (migrations 001–005) up to date, keeping its records', async () => {
    const dir = join(root, 'ancienne');
    const sql = await openPglite(dir);
    await sql.exec('CREATE TABLE schema_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)');
    for (const m of migrationFiles().filter((f) => f.version <= 5)) {
      await sql.exec(m.sql);
      await sql.query('INSERT INTO schema_migrations VALUES ($1, $2, 0)', [m.version, m.name]);
    }
    await sql.query(
      `INSERT INTO territories (id, name, kind, created_at, updated_at) VALUES ('dijon-metropole', 'Dijon', 'metropole', 0, 0)`,
    );
    await createUser(sql, {
      email: 'ancien@cci.fr',
      name: 'Ancien',
      role: 'referent',
      territoryIds: ['dijon-metropole'],
      password: 'mot-de-passe-long',
    });
    const applied = await migrate(sql);
    expect(applied).toEqual(
      migrationFiles()
        .filter((f) => f.version > 5)
        .map((f) => f.version),
    );
    const [user] = await sql.query<{ email: string }>('SELECT email FROM users');
    expect(user?.email).toBe('ancien@cci.fr');
    await sql.close();
  });
});

// The archive is a plain tar.gz a person can inspect.
it('writes a gzip archive', () => {
  const out = execFileSync('gzip', ['-t', join(root, 'sauvegarde.tar.gz')]);
  expect(out.toString()).toBe('');
});
