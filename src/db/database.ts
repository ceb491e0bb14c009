// The app's IndexedDB database (Dexie): one instance per page, opened lazily — the database of
// the account signed in on this device (account-databases.ts), or the anonymous one.
import Dexie, { type Table } from 'dexie';
import type { Company, Flux, Followup, Territory, Visit, Zone } from '../domain';
import type { Workshop } from '../domain/workshop';
import { DEFAULT_TERRITORIES, searchKey } from '../domain';
import { activeDatabase } from './account-databases';
import { companyWritesMiddleware, type CompanyWritesListener } from './company-writes';
import type { ConflictEntry, OutboxEntry } from './outbox-entry';
import type { StoredPark } from './parks';
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
  followups!: Table<Followup, string>;
  workshops!: Table<Workshop, string>;
  parks!: Table<StoredPark, string>;
  /**
   * Account key of the person this database belongs to; null for the anonymous database;
   * undefined for a database a test installed (not tied to any account).
   */
  owner: string | null | undefined;
  private readonly companyWriteListeners = new Set<CompanyWritesListener>();

  constructor(name = 'synergies-terrain') {
    super(name);
    defineVersions(this);
    this.use(companyWritesMiddleware(this.companyWriteListeners, name));
    this.on('populate', (tx) => {
      void tx.table('territories').bulkAdd(DEFAULT_TERRITORIES);
    });
  }

  /** Hears the companies each committed write touched (themselves or their flux); returns the unsubscribe. */
  onCompanyWrites(listener: CompanyWritesListener): () => void {
    this.companyWriteListeners.add(listener);
    return () => this.companyWriteListeners.delete(listener);
  }
}

let current: SynergiesDB | undefined;

export function db(): SynergiesDB {
  if (!current) {
    const { name, owner } = activeDatabase();
    current = new SynergiesDB(name);
    current.owner = owner;
  }
  return current;
}

/** Replaces the shared instance (tests use a fresh database each). */
export function useDatabase(next: SynergiesDB): void {
  current = next;
}

export function withSearchKey(company: Company): StoredCompany {
  return { ...company, nameKey: searchKey(company.name) };
}
