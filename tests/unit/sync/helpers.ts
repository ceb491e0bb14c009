// A fresh database, key-value store and fake server for each sync test.
import { SynergiesDB, useDatabase } from '../../../src/db/database';
import type { User } from '../../../src/domain/user';
import { createSyncStore, useSyncStore } from '../../../src/sync/storage';
import { createTransport } from '../../../src/sync/transport';
import { FakeServer } from './fake-server';

let n = 0;

export const advisor = (id: string, territoryIds = ['dijon-metropole']): User => ({
  id,
  email: `${id}@cci.test`,
  name: `Conseiller ${id}`,
  role: 'advisor',
  territoryIds,
});

export interface Device {
  database: SynergiesDB;
  use(): void;
}

/** A device: its own Dexie database and key-value store; `use()` switches back to it. */
export function freshDevice(name = `t-${++n}`): Device {
  const database = new SynergiesDB(name);
  const store = createSyncStore(`kv-${name}`);
  const device = {
    database,
    use() {
      useDatabase(database);
      useSyncStore(store);
    },
  };
  device.use();
  return device;
}

export function setup() {
  const server = new FakeServer();
  const user = advisor('alice');
  server.addUser(user);
  const token = server.tokenFor(user);
  const transport = createTransport('', server.fetch);
  const device = freshDevice();
  return { server, user, token, transport, device };
}

export const company = (name = 'Fonderie Durand', territoryId = 'dijon-metropole') => ({
  name,
  territoryId,
});
