// Shared set-up of the follow-up screen tests: a fresh database and key-value store, a signed-in
// person of a given role, companies and proposed synergies in Dexie, and the toasts rendered.
import { cleanup } from '@testing-library/preact';
import { createStore } from 'idb-keyval';
import { afterEach, beforeEach } from 'vitest';
import { withSearchKey, type SynergiesDB } from '../../../src/db/database';
import { CompanySchema, type Role, type Synergy } from '../../../src/domain';
import { session } from '../../../src/sync/session';
import { useSyncStore, writeKey } from '../../../src/sync/storage';
import { freshDatabase } from '../../fixtures/db';
import { FONDERIE_REF, MENUISERIE_REF, SAND_SYNERGY } from '../../fixtures/followups';

let stores = 0;

export async function setUp(): Promise<SynergiesDB> {
  const database = await freshDatabase();
  useSyncStore(createStore(`followup-ui-${++stores}`, 'keyval'));
  session.set({ state: { kind: 'guest' } });
  // Offline: the screens read what is kept on the device and ask no server.
  Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
  for (const ref of [FONDERIE_REF, MENUISERIE_REF]) {
    await database.companies.put(withSearchKey(CompanySchema.parse({ ...ref, siret: '', createdAt: 1, updatedAt: 1 })));
  }
  return database;
}

export const PEOPLE: Record<'referent' | 'advisor', { id: string; name: string; role: Role }> = {
  referent: { id: 'u-referent', name: 'Rémi Référent', role: 'referent' },
  advisor: { id: 'u-advisor', name: 'Claire Conseillère', role: 'advisor' },
};

/** Signs a person in on this device (stored session + the live session the screens follow). */
export async function signInAs(who: keyof typeof PEOPLE, territoryIds = ['dijon-metropole', 'cu-creusot-montceau']): Promise<void> {
  const user = { ...PEOPLE[who], email: `${who}@cci.test`, territoryIds };
  await writeKey('session', { token: 'x'.repeat(32), user, expired: false });
  session.set({ state: { kind: 'active', token: 'x'.repeat(32), user } });
}

/** A proposed synergy like the fixture's, with its own id, score and territories. */
export function proposal(n: number, score: number, territoryIds = SAND_SYNERGY.territoryIds): Synergy {
  return {
    ...SAND_SYNERGY,
    id: `sub:${n.toString(16).padStart(16, '0')}`,
    score,
    territoryIds,
    explanation: `Proposition n° ${n} (score ${score})`,
  };
}

/** Each test of the file on a fresh device where a referent is signed in; returns its database. */
export function eachTestOnAFreshDevice(): () => SynergiesDB {
  let database: SynergiesDB | undefined;
  beforeEach(async () => {
    database = await setUp();
    await signInAs('referent');
  });
  afterEach(() => {
    cleanup();
    database?.close();
  });
  return () => database!;
}
