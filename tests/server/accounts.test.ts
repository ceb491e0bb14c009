// Accounts: the admin commands, the first admin, password hashing, migrations and the data lock.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runUserCommand } from '../../src/server/admin/cli';
import { ensureAdmin } from '../../src/server/auth/bootstrap-admin';
import { hashPassword, verifyPassword } from '../../src/server/auth/passwords';
import { findUserByEmail } from '../../src/server/auth/users-repo';
import { DataDirLocked, lockDataDir } from '../../src/server/store/data-lock';
import { migrate, migrationFiles } from '../../src/server/store/migrate';
import { openTestStore, type TestStore } from './helpers/test-store';

let store: TestStore;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.dispose());

const admin = (...args: string[]) => runUserCommand(store.sql, args[0]!, args.slice(1));

describe('passwords', () => {
  it('hashes with a salt and verifies only the right password', async () => {
    const a = await hashPassword('s3cret');
    expect(a).not.toBe(await hashPassword('s3cret'));
    expect(await verifyPassword('s3cret', a)).toBe(true);
    expect(await verifyPassword('S3cret', a)).toBe(false);
    expect(await verifyPassword('s3cret', 'garbage')).toBe(false);
  });
});

describe('first admin', () => {
  it('is created once, from the environment or with a printed password', async () => {
    await expect(ensureAdmin(store.sql, { ADMIN_EMAIL: 'chef@cci.fr', ADMIN_PASSWORD: 'abc' })).rejects.toThrow(
      /ADMIN_PASSWORD refusé\. Mot de passe : 10 caractères au moins/,
    );
    expect(await findUserByEmail(store.sql, 'chef@cci.fr')).toBeUndefined();
    const created = await ensureAdmin(store.sql, { ADMIN_EMAIL: 'chef@cci.fr', ADMIN_PASSWORD: 'choisi-long' });
    expect(created).toEqual({ email: 'chef@cci.fr', password: undefined });
    expect(await ensureAdmin(store.sql, {})).toBeUndefined();
    const user = await findUserByEmail(store.sql, 'chef@cci.fr');
    expect(user?.role).toBe('admin');
    expect(await verifyPassword('choisi-long', user!.passwordHash)).toBe(true);
  });
});

describe('admin commands', () => {
  it('adds, lists, changes the password of and removes a user', async () => {
    const out = await admin(
      'add',
      '--email',
      'Paul@CMA.fr',
      '--name',
      'Paul Durand',
      '--role',
      'referent',
      '--territories',
      'dijon-metropole,cu-creusot-montceau',
    );
    expect(out).toMatch(/Compte créé : paul@cma.fr/);
    expect(out).toMatch(/Mot de passe : \S{16}/);
    expect(await admin('list')).toMatch(/paul@cma.fr\treferent\tPaul Durand\tcu-creusot-montceau,dijon-metropole/);
    await expect(admin('passwd', '--email', 'paul@cma.fr', '--password', 'abc')).rejects.toThrow(/10 caractères au moins/);
    expect(await admin('passwd', '--email', 'paul@cma.fr', '--password', 'nouveau-mot')).toMatch(/changé/);
    const user = await findUserByEmail(store.sql, 'paul@cma.fr');
    expect(await verifyPassword('nouveau-mot', user!.passwordHash)).toBe(true);
    expect(await admin('remove', '--email', 'paul@cma.fr')).toMatch(/supprimé/);
    expect(await findUserByEmail(store.sql, 'paul@cma.fr')).toBeUndefined();
  });

  it('applies the app’s password rules and never removes the last admin', async () => {
    await expect(
      admin('add', '--email', 'x@y.fr', '--name', 'X', '--role', 'advisor', '--territories', 'dijon-metropole', '--password', 'abc'),
    ).rejects.toThrow(/Mot de passe : 10 caractères au moins/);
    expect(await findUserByEmail(store.sql, 'x@y.fr')).toBeUndefined();
    const admins = (await admin('list')).split('\n').filter((line) => line.split('\t')[1] === 'admin');
    expect(admins).toHaveLength(1);
    const email = admins[0]!.split('\t')[0]!;
    await expect(admin('remove', '--email', email)).rejects.toThrow(/dernier compte administrateur/);
    expect(await findUserByEmail(store.sql, email)).toBeDefined();
    await admin('add', '--email', 'second@cci.fr', '--name', 'Second', '--role', 'admin', '--territories', 'dijon-metropole');
    expect(await admin('remove', '--email', email)).toMatch(/supprimé/);
  });

  it('explains bad arguments clearly', async () => {
    await expect(admin('add', '--email', 'x@y.fr', '--name', 'X', '--role', 'chef', '--territories', 'dijon-metropole')).rejects.toThrow(
      /Rôle inconnu/,
    );
    await expect(admin('add', '--email', 'x@y.fr', '--name', 'X', '--role', 'advisor', '--territories', 'paris')).rejects.toThrow(
      /Territoire inconnu : paris/,
    );
    await expect(
      admin('add', '--email', 'pas-un-email', '--name', 'X', '--role', 'advisor', '--territories', 'dijon-metropole'),
    ).rejects.toThrow(/e-mail invalide/);
    await expect(admin('add', '--email', 'x@y.fr')).rejects.toThrow(/--name est obligatoire/);
    await expect(admin('add', '--colour', 'bleu')).rejects.toThrow(/Option inconnue/);
    await expect(admin('remove', '--email')).rejects.toThrow(/Valeur manquante/);
    await expect(admin('remove', '--email', 'personne@nulle.part')).rejects.toThrow(/Aucun compte/);
    await expect(admin('rename')).rejects.toThrow(/Commande inconnue/);
  });
});

describe('migrations', () => {
  it('are numbered, applied once and recorded', async () => {
    expect(await migrate(store.sql)).toEqual([]);
    const rows = await store.sql.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(migrationFiles().map((m) => m.version));
    const territories = await store.sql.query('SELECT id FROM territories');
    expect(territories.length).toBeGreaterThanOrEqual(5);
  });

  it('refuse a database brought further by a newer server, and change nothing in it', async () => {
    await store.sql.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, '999_futur.sql', 0)");
    await expect(migrate(store.sql)).rejects.toThrow(
      /Base de données plus récente que ce serveur \(migration 999_futur\.sql inconnue ici\)/,
    );
    await store.sql.query('DELETE FROM schema_migrations WHERE version = 999');
    expect(await migrate(store.sql)).toEqual([]);
  });
});

describe('data folder lock', () => {
  it('refuses a folder held by a live process and takes over one left by a dead one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'st-lock-'));
    writeFileSync(join(dir, 'pglite.lock'), '1');
    expect(() => lockDataDir(join(dir, 'pglite'))).toThrow(DataDirLocked);
    writeFileSync(join(dir, 'pglite.lock'), '999999999');
    const unlock = lockDataDir(join(dir, 'pglite'));
    unlock();
  });
});
