// At start the Synergies list shows the pages kept by the previous start (matching/start-cache.ts)
// with a notice saying so, current or possibly outdated, until this start's own run replaces them;
// a list computed by this start has no notice. A start is fresh modules over the same IndexedDB and
// localStorage; the new start's run is held back until the test lets it finish.
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { company, flux } from '../../fixtures/matching';

const SENTENCE = 'Cartonnages X offre 12 t/an de cartons et emballages carton à 4 km d’Imprimerie Y, qui en recherche 10 t/an.';
const KEPT = /^Liste du dernier calcul/;
/** The notice in either wording, or while a kept list waits for the run to answer another question. */
const anyNotice = () => screen.queryByText(KEPT) ?? screen.queryByText(/^Calcul des synergies en cours/);
const cardboard = (id: string, companyId: string, direction: 'offer' | 'need', quantity: number) =>
  flux(id, companyId, 'mat.cardboard', direction, { quantity, unit: 't', period: 'year' });

let database = '';
let n = 0;

/** A start of the app, its full run held until `hold` resolves (none: runs at once). */
async function start(hold?: Promise<void>) {
  vi.resetModules();
  const dbModule = await import('../../../src/db/database');
  const bridgeModule = await import('../../../src/matching/bridge');
  const cache = await import('../../../src/matching/start-cache');
  const { SynergiesPage, PAGE_SIZE } = await import('../../../src/ui/synergies/SynergiesPage');
  const { NO_FILTERS, toQuery } = await import('../../../src/ui/synergies/synergy-filters');
  dbModule.useDatabase(new dbModule.SynergiesDB(database));
  const bridge = new bridgeModule.MatchBridge({ forceMainThread: true });
  const matchAll = bridge.matchAll.bind(bridge);
  bridge.matchAll = async (...args) => {
    await hold;
    return matchAll(...args);
  };
  bridgeModule.useMatchingBridge(bridge);
  const db = dbModule.db();
  await db.open();
  /** A cardboard offer 4 km from a printer that needs it: one synergy. */
  const record = async () => {
    await db.companies.bulkPut(
      [company('cartonnages-x', 'Cartonnages X', 0), company('imprimerie-y', 'Imprimerie Y', 4)].map(dbModule.withSearchKey),
    );
    await db.flux.bulkPut([cardboard('f-offer', 'cartonnages-x', 'offer', 12), cardboard('f-need', 'imprimerie-y', 'need', 10)]);
  };
  /** The page the list asks for without filters, as kept for the next start (undefined if none). */
  const keptList = () => cache.keptPage(db, toQuery(NO_FILTERS, 0, PAGE_SIZE), bridgeModule.ENGINE_BUILD);
  return { db, SynergiesPage, keptList, record };
}

/** The date the notice gives for a kept page's computation. */
const when = (ms: number) => new Date(ms).toLocaleString('fr-FR', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

/** A first start that computes the list and keeps it for the next; returns when it was computed. */
async function firstStart(): Promise<number> {
  const first = await start();
  await first.record();
  render(<first.SynergiesPage />);
  expect(await screen.findByText(SENTENCE)).toBeTruthy();
  // Computed by this start: no notice.
  expect(anyNotice()).toBeNull();
  const kept = await vi.waitFor(
    async () => {
      const page = await first.keptList();
      expect(page).toBeDefined();
      return page!;
    },
    { timeout: 10_000 },
  );
  cleanup();
  first.db.close();
  return kept.kept!.computedAt;
}

/** Lets a held run go; returns the promise to hold it with. */
function gate(): { hold: Promise<void>; release: () => void } {
  let release = () => undefined as void;
  const hold = new Promise<void>((resolve) => (release = resolve));
  return { hold, release };
}

beforeEach(() => {
  database = `kept-notice-${n++}`;
  localStorage.clear();
});
afterEach(() => cleanup());

describe('the Synergies list at start', () => {
  it('shows the kept list with « données inchangées » while the run goes on, then the fresh list without notice', async () => {
    const computedAt = await firstStart();
    const { hold, release } = gate();
    const next = await start(hold);
    render(<next.SynergiesPage />);

    const notice = await screen.findByText(KEPT);
    expect(notice.textContent).toBe(`Liste du dernier calcul (${when(computedAt)}), données inchangées depuis ; mise à jour en cours…`);
    expect(notice.getAttribute('role')).toBe('status');
    // The kept page itself is shown, not a loading message.
    expect(screen.getByText(SENTENCE)).toBeTruthy();
    expect(screen.getByText(/1 synergie sur 1/)).toBeTruthy();

    release();
    // This start's own list: the same synergy, no notice.
    await waitFor(() => {
      expect(anyNotice()).toBeNull();
      expect(screen.getByText(/1 synergie sur 1/)).toBeTruthy();
    });
    expect(screen.getByText(SENTENCE)).toBeTruthy();
    next.db.close();
  });

  it('says the kept list may be outdated when a flux changed since it was computed', async () => {
    const computedAt = await firstStart();
    const { hold, release } = gate();
    const next = await start(hold);
    // A quantity edited after the last computation (through the app's database: the token moves).
    const need = (await next.db.flux.get('f-need'))!;
    await next.db.flux.put({ ...need, quantity: 11, updatedAt: need.updatedAt + 1 });
    render(<next.SynergiesPage />);

    const notice = await screen.findByText(KEPT);
    expect(notice.textContent).toBe(
      `Liste du dernier calcul (${when(computedAt)}) : des entreprises, des flux ou les règles ont changé depuis, elle peut être dépassée. Mise à jour en cours…`,
    );
    expect(screen.getByText(SENTENCE)).toBeTruthy();

    release();
    expect(await screen.findByText(/qui en recherche 11 t\/an/)).toBeTruthy();
    expect(anyNotice()).toBeNull();
    next.db.close();
  });

  it('shows no notice while the first run computes when nothing was kept', async () => {
    const { hold, release } = gate();
    const first = await start(hold);
    await first.record();
    render(<first.SynergiesPage />);
    expect(await screen.findByText('Chargement des synergies…')).toBeTruthy();
    release();
    expect(await screen.findByText(SENTENCE)).toBeTruthy();
    expect(anyNotice()).toBeNull();
    first.db.close();
  });
});
