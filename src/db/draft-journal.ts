// A synchronous journal of edits not yet in IndexedDB. localStorage writes complete before the
// input event returns, so text typed just before the tab closes or the battery dies is kept even
// if the debounced IndexedDB write never ran; it is replayed at the next start. Keys are per local
// database (so per account on a shared tablet): one person's typing is never replayed into, nor
// shown in, another's.
import type { SyncedTable } from '../domain/sync-protocol';
import { LEGACY_DATABASE } from './account-databases';
import { db } from './database';

/** The legacy database keeps the first release's keys, so text journaled before an update is found. */
const prefixOf = (kind: 'journal' | 'scratch') => {
  const name = db().name;
  return name === LEGACY_DATABASE ? `st-${kind}:` : `st-${kind}@${name}:`;
};
/** Patch key holding a value that is not valid yet (kept as typed, not replayed). */
export const RAW = '__raw';

export interface JournalEntry {
  table: SyncedTable;
  id: string;
  patch: Record<string, unknown>;
  at: number;
}

const keyOf = (table: string, id: string, slot: string) => `${prefixOf('journal')}${table}:${id}:${slot}`;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // Private modes may refuse access; IndexedDB still saves.
  }
}

/** Records the latest pending value of a slot (a field, or a whole form). */
export function journalWrite(table: SyncedTable, id: string, slot: string, patch: Record<string, unknown>): void {
  const entry: JournalEntry = { table, id, patch, at: Date.now() };
  try {
    storage()?.setItem(keyOf(table, id, slot), JSON.stringify(entry));
  } catch {
    // Quota full: the IndexedDB write still follows.
  }
}

export function journalRead(table: SyncedTable, id: string, slot: string): JournalEntry | undefined {
  const raw = storage()?.getItem(keyOf(table, id, slot));
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as JournalEntry;
  } catch {
    return undefined;
  }
}

export function journalClear(table: SyncedTable, id: string, slot: string, ifAt?: number): void {
  const key = keyOf(table, id, slot);
  // Only clear what was saved: a newer keystroke may have been journaled meanwhile.
  if (ifAt !== undefined && journalRead(table, id, slot)?.at !== ifAt) return;
  storage()?.removeItem(key);
}

export function journalEntries(): { key: string; entry: JournalEntry }[] {
  const s = storage();
  if (!s) return [];
  const out: { key: string; entry: JournalEntry }[] = [];
  const prefix = prefixOf('journal');
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (!key?.startsWith(prefix)) continue;
    try {
      out.push({ key, entry: JSON.parse(s.getItem(key) ?? '') as JournalEntry });
    } catch {
      s.removeItem(key);
    }
  }
  return out;
}

export function journalRemoveKey(key: string): void {
  storage()?.removeItem(key);
}

/** Raw form state of a record not created yet (the new company form). */
export const scratch = {
  read<T>(name: string): T | undefined {
    const raw = storage()?.getItem(prefixOf('scratch') + name);
    return raw ? (JSON.parse(raw) as T) : undefined;
  },
  write(name: string, value: unknown): void {
    try {
      storage()?.setItem(prefixOf('scratch') + name, JSON.stringify(value));
    } catch {
      /* quota: nothing better to do */
    }
  },
  clear(name: string): void {
    storage()?.removeItem(prefixOf('scratch') + name);
  },
};
