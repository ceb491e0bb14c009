// The synergies list kept between starts of the app: a new start answers the list at once from the
// pages the previous start kept — as current only when no company, flux or park changed since and
// the matching code is the same — then from its own full run, which gives exactly the kept pages
// when nothing changed. A start is modelled by fresh modules over the same IndexedDB and storage.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Synergy } from '../../../src/domain';
import type { SynergyQuery } from '../../../src/matching/store';
import { syntheticRegion } from '../../../src/matching/synthetic';

/** The list's first page, as the synergies page asks for it. */
const LIST: SynergyQuery = { sort: 'score', offset: 0, limit: 50 };
const region = syntheticRegion({ seed: 7, fluxCount: 400 });

let database = '';
let n = 0;
let storage: Map<string, string>;

/** A start of the app: fresh modules (no engine, no result), the same database and localStorage. */
async function start() {
  vi.resetModules();
  const dbModule = await import('../../../src/db/database');
  const bridge = await import('../../../src/matching/bridge');
  const store = await import('../../../src/matching/store');
  const cache = await import('../../../src/matching/start-cache');
  dbModule.useDatabase(new dbModule.SynergiesDB(database));
  bridge.useMatchingBridge(new bridge.MatchBridge({ forceMainThread: true }));
  const db = dbModule.db();
  /** Waits until the list's page is kept for the next start (written just after it is answered). */
  const kept = () => vi.waitFor(async () => expect(await cache.keptPage(db, LIST, bridge.ENGINE_BUILD)).toBeDefined());
  /** The next change of the held result (the run started to replace a kept list). */
  const changed = () => new Promise<void>((resolve) => store.onResultsChanged(() => resolve()));
  return { db, dbModule, store, kept, changed };
}

/** Everything but the date of the computation: the same flux give the same synergies. */
const sameAs = (items: Synergy[]) => items.map(({ computedAt: _, ...rest }) => rest);

beforeEach(async () => {
  database = `start-cache-${n++}`;
  storage = new Map();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, String(v)),
    removeItem: (k: string) => void storage.delete(k),
  });
  const { db, dbModule } = await start();
  await db.companies.bulkPut(region.companies.map(dbModule.withSearchKey));
  await db.flux.bulkPut(region.flux);
});
afterEach(() => vi.unstubAllGlobals());

describe('the synergies list at start', () => {
  it('shows the list kept by the last start at once, as current, and its own run gives the same', async () => {
    const first = await start();
    const computed = await first.store.querySynergies(LIST, { keep: true });
    expect(computed.kept).toBeUndefined();
    expect(computed.items.length).toBe(50);
    await first.kept();
    first.db.close();

    const next = await start();
    const refreshed = next.changed();
    const shown = await next.store.querySynergies(LIST, { keep: true });
    expect(shown.kept?.current).toBe(true);
    expect(sameAs(shown.items)).toEqual(sameAs(computed.items));
    // The run started behind the kept list: once done, the list is answered from it.
    await refreshed;
    const fresh = await next.store.querySynergies(LIST, { keep: true });
    expect(fresh.kept).toBeUndefined();
    expect(sameAs(fresh.items)).toEqual(sameAs(shown.items));
    expect({ total: fresh.total, held: fresh.held, counts: fresh.counts }).toEqual({
      total: shown.total,
      held: shown.held,
      counts: shown.counts,
    });
    // Another question than the kept ones waits for the engine (nothing kept answers it).
    expect((await next.store.querySynergies({ ...LIST, kind: 'mutualisation' }, { keep: true })).kept).toBeUndefined();
    next.db.close();
  });

  it('says the kept list may be outdated once a flux changed, and the run shows the change', async () => {
    const first = await start();
    await first.store.querySynergies(LIST, { keep: true });
    await first.kept();
    // A new need right next to the best offer: the first page changes.
    const best = (await first.store.querySynergies(LIST)).items[0]!;
    const offer = region.flux.find((f) => f.id === best.fluxIds[0])!;
    await first.db.flux.put({ ...offer, id: 'new-need', companyId: best.companyIds[1]!, direction: 'need', updatedAt: 1 });
    first.db.close();

    const next = await start();
    const refreshed = next.changed();
    const shown = await next.store.querySynergies(LIST, { keep: true });
    expect(shown.kept?.current).toBe(false);
    expect(shown.items.some((s) => s.fluxIds.includes('new-need'))).toBe(false);
    await refreshed;
    const fresh = await next.store.querySynergies(LIST, { keep: true });
    expect(fresh.kept).toBeUndefined();
    expect(fresh.items.some((s) => s.fluxIds.includes('new-need'))).toBe(true);
    next.db.close();
  });

  it('never calls current a list whose data changed behind the app (a write not seen by the token)', async () => {
    const first = await start();
    await first.store.querySynergies(LIST, { keep: true });
    await first.kept();
    first.db.close();
    // Written with IndexedDB directly, as an older version of the app in another tab would.
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(database);
      open.onsuccess = () => {
        const tx = open.result.transaction('flux', 'readwrite');
        tx.objectStore('flux').put({ ...region.flux[0]!, id: 'raw-flux' });
        tx.oncomplete = () => (open.result.close(), resolve());
        tx.onerror = () => reject(tx.error);
      };
    });
    const next = await start();
    expect((await next.store.querySynergies(LIST, { keep: true })).kept?.current).toBe(false);
    next.db.close();
  });

  it('keeps nothing answered after a company update, and nothing is current without the token', async () => {
    const first = await start();
    await first.store.querySynergies(LIST, { keep: true });
    await first.kept();
    // A change pulled from the server, dated before the latest one here: only the token sees it.
    const flux = region.flux[3]!;
    await first.db.flux.put({ ...flux, quantity: 999 });
    await first.store.rematchCompany(flux.companyId);
    await first.store.querySynergies(LIST, { keep: true });
    first.db.close();

    const next = await start();
    expect((await next.store.querySynergies(LIST, { keep: true })).kept?.current).toBe(false);
    next.db.close();
    storage.clear();
    const third = await start();
    expect((await third.store.querySynergies(LIST, { keep: true })).kept?.current).toBe(false);
    third.db.close();
  });

  it('never calls current a list kept by another build of the matching code, and forgets it on a wipe', async () => {
    const first = await start();
    await first.store.querySynergies(LIST, { keep: true });
    await first.kept();
    const cache = await import('../../../src/matching/start-cache');
    expect((await cache.keptPage(first.db, LIST, 'another-build'))?.kept?.current).toBe(false);
    // Wiping the device's data forgets the list too: none of its companies may show again.
    await cache.forgetKeptPages(first.db);
    expect(await cache.keptPage(first.db, LIST, 'another-build')).toBeUndefined();
    first.db.close();
  });
});
