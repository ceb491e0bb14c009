// A shared tablet: each account has its own local database and its own typing journal; a session
// never syncs another person's database; the first sign-in takes over what was typed anonymously.
import { beforeEach, describe, expect, it } from 'vitest';
import { accountKey, activeDatabase, claimDatabase, leaveAccount, LEGACY_DATABASE, readRegistry } from '../../../src/db/account-databases';
import { createCompany } from '../../../src/db/companies';
import { SynergiesDB, useDatabase } from '../../../src/db/database';
import { journalEntries, journalWrite, scratch } from '../../../src/db/draft-journal';
import { activeSession, databaseSwitchPending, loadSession, login, logout } from '../../../src/sync/session';
import { createSyncStore, useSyncStore } from '../../../src/sync/storage';
import { createTransport } from '../../../src/sync/transport';
import { FakeServer } from '../../unit/sync/fake-server';
import { advisor } from '../../unit/sync/helpers';

let n = 0;
/** What the app does at start: open the database the registry names, owned by its account. */
function openActive(): SynergiesDB {
  const { name, owner } = activeDatabase();
  const database = new SynergiesDB(name);
  database.owner = owner;
  useDatabase(database);
  return database;
}

function device() {
  const server = new FakeServer();
  server.addUser(advisor('alice'));
  server.addUser(advisor('bruno'));
  return createTransport('', server.fetch);
}

beforeEach(() => {
  localStorage.clear();
  useSyncStore(createSyncStore(`tablet-kv-${++n}`));
});

describe('one local database per account', () => {
  it('hands the anonymous database to the first account, and a fresh one to nobody after', () => {
    expect(activeDatabase()).toEqual({ name: LEGACY_DATABASE, owner: null });
    expect(claimDatabase('alice')).toBe(LEGACY_DATABASE);
    leaveAccount();
    const anonymous = activeDatabase();
    expect(anonymous.owner).toBeNull();
    expect(anonymous.name).not.toBe(LEGACY_DATABASE);
    // Bruno's first sign-in takes the (new, empty) anonymous database; Alice keeps hers.
    expect(claimDatabase('bruno')).toBe(anonymous.name);
    expect(claimDatabase('alice')).toBe(LEGACY_DATABASE);
    expect(readRegistry().active).toBe(accountKey('alice'));
    expect(accountKey('alice')).not.toBe(accountKey('bruno'));
  });

  it('keeps each database’s typing journal and unsaved forms apart', () => {
    useDatabase(new SynergiesDB('st-a'));
    journalWrite('companies', 'c1', 'form', { notes: 'Alice tape…' });
    scratch.write('new-company', { name: 'Brouillon d’Alice' });
    useDatabase(new SynergiesDB('st-b'));
    expect(journalEntries()).toEqual([]);
    expect(scratch.read('new-company')).toBeUndefined();
    useDatabase(new SynergiesDB('st-a'));
    expect(journalEntries().map((e) => e.entry.patch)).toEqual([{ notes: 'Alice tape…' }]);
  });

  it('never lets a session sync another person’s database, and switches on sign-in and sign-out', async () => {
    const transport = device();
    openActive();
    await loadSession();
    // Alice signs in on a fresh tablet: she takes over the open (anonymous) database, no reload.
    await login(transport, 'alice@cci.test', 'secret-password');
    expect(databaseSwitchPending()).toBe(false);
    expect(await activeSession()).toBeDefined();
    await createCompany({ name: 'Fonderie d’Alice', territoryId: 'dijon-metropole' });

    await logout(transport);
    expect(databaseSwitchPending()).toBe(true); // the page reloads on the anonymous database
    const anonymous = openActive();
    expect(await anonymous.companies.count()).toBe(0);

    // Bruno signs in: his own database; Alice's company is neither shown nor queued for him.
    await login(transport, 'bruno@cci.test', 'secret-password');
    const bruno = openActive();
    expect(await bruno.companies.count()).toBe(0);
    expect(await bruno.outbox.count()).toBe(0);
    await logout(transport);

    // Alice signs in again from the anonymous database: until the page reloads, no sync at all.
    openActive();
    await login(transport, 'alice@cci.test', 'secret-password');
    expect(databaseSwitchPending()).toBe(true);
    expect(await activeSession()).toBeUndefined();
    const alice = openActive();
    expect(await activeSession()).toBeDefined();
    expect((await alice.companies.toArray()).map((c) => c.name)).toEqual(['Fonderie d’Alice']);
    expect(await alice.outbox.count()).toBe(1);
  });
});
