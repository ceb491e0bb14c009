// The app's IndexedDB database (Dexie): one instance per page, opened lazily.
import Dexie, { type Table } from 'dexie';
import type { Company, Flux, Territory, Visit, Zone } from '../domain';
import { DEFAULT_TERRITORIES, searchKey } from '../domain';
import type { ConflictEntry, OutboxEntry } from './outbox-entry';
import { defineVersions } from './schema';

export type StoredCompany = Company & { nameKey: string };

export class SynergiesDB extends Dexie {
  companies!: Table<StoredCompany, string>;
  flux!: Table<Flux, string>;
  visits!: Table<Visit, string>;
  territories!: Table<Territory, string>;
  zones!: Table<Zone, string>;
  outbox!: Table<OutboxEntry, number>;
  conflicts!: Table<ConflictEntry, string>;

  constructor(name = 'synergies-terrain') {
    super(name);
    defineVersions(this);
    this.on('populate', (tx) => {
      void tx.table('territories').bulkAdd(DEFAULT_TERRITORIES);
    });
  }
}

let current: SynergiesDB | undefined;

export function db(): SynergiesDB {
  current ??= new SynergiesDB();
  return current;
}

/** Replaces the shared instance (tests use a fresh database each). */
export function useDatabase(next: SynergiesDB): void {
  current = next;
}

export function withSearchKey(company: Company): StoredCompany {
  return { ...company, nameKey: searchKey(company.name) };
}
