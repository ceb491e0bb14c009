// Small sync settings kept outside Dexie with idb-keyval (session, cursor, device id), so they
// survive restarts and a database upgrade alike. Tests swap in a store of their own.
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';

let store: UseStore | undefined;

/** Replaces the key-value store (tests use a fresh one each). */
export function useSyncStore(next: UseStore): void {
  store = next;
}

export function createSyncStore(name: string): UseStore {
  return createStore(name, 'keyval');
}

const current = () => (store ??= createStore('synergies-sync', 'keyval'));

export const readKey = <T>(key: string) => get<T>(key, current());
export const writeKey = (key: string, value: unknown) => set(key, value, current());
export const deleteKey = (key: string) => del(key, current());
export const listKeys = async () => (await keys(current())).map(String);
