// The sync client's public face: startSync() wires it to the browser once, and the UI calls the
// few actions below. Nothing else in the app talks to the network.
import { liveQuery } from 'dexie';
import { isRegistryChange } from '../db/account-databases';
import { createSyncEngine, type SyncEngine } from './engine';
import { startLive } from './live';
import { observable } from './observable';
import { readCounts } from './status';
import * as sessionApi from './session';
import { createTransport, type Transport } from './transport';

export { session, databaseSwitchPending, type SessionState } from './session';
export type { SyncStatus } from './status';
export { formatSince, syncedSummary } from './status';
export { listConflicts, resolveConflict, conflictTitle, type Choice } from './conflicts';
export { conflictStory, type ConflictStory } from './followup-conflicts';
export {
  listRejected,
  retryRejected,
  discardRejected,
  moveRejectedToTerritory,
  rejectedExport,
  changedFieldsOf,
  isTerritoryRefusal,
  waitsForCompany,
} from './rejected';
export { nextDelay } from './backoff';
export { forgetPullCursors } from './pull';

/** Every minute while online, a cycle brings colleagues' changes down. */
export const PERIODIC_SYNC_MS = 60_000;
/** After a local write, wait this long for more typing before pushing. */
export const WRITE_DEBOUNCE_MS = 1_000;

let transport: Transport = createTransport();
let engine: SyncEngine | undefined;

export function syncEngine(): SyncEngine {
  engine ??= createSyncEngine({
    transport,
    withLock: webLock,
    isOnline: () => navigator.onLine,
    // Loaded on the first cycle, not with the app shell (which has a size budget).
    reference: async (user, touched) => {
      const { syncReference, referenceApi } = await import('./reference');
      return syncReference(referenceApi, user, touched);
    },
  });
  return engine;
}

/** Tests (and a future server-URL setting) point the client elsewhere before it starts. */
export function configureSync(next: Transport): void {
  transport = next;
  engine = undefined;
}

/** Two tabs must not push the same outbox at once: the Web Locks API serialises them. */
function webLock(run: () => Promise<void>): Promise<void> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return run();
  const request = locks.request('synergies-sync', { ifAvailable: true }, async (lock) => {
    // Another tab is syncing this very database: its work is ours too.
    if (lock) await run();
  });
  return request.then(() => undefined);
}

/**
 * Set when someone signed in or out in another tab (or the app started on another person's
 * database): the page must reload to open the right account's database. The UI does it.
 */
export const databaseSwitch = observable<{ pending: boolean }>({ pending: false });

const checkDatabase = () => databaseSwitch.set({ pending: sessionApi.databaseSwitchPending() });

export const syncNow = () => syncEngine().syncNow();
/**
 * Signs in. When the account's database is not the one open (another person's, or this account
 * already has its own on the device), `databaseSwitchPending()` is then true and the caller
 * reloads the app; sync starts after the reload, on the right database.
 */
export const login = async (email: string, password: string) => {
  const result = await sessionApi.login(transport, email, password);
  if (result.ok && !sessionApi.databaseSwitchPending()) void syncNow();
  return result;
};
/** Signs out; the caller then reloads the app on the anonymous database. */
export const logout = async () => {
  syncEngine().cancelRetry();
  await sessionApi.logout(transport);
};
export const continueWithoutAccount = sessionApi.continueWithoutAccount;

/** Called once when the app starts; returns a function that stops everything it started. */
export function startSync(): () => void {
  const sync = syncEngine();
  const online = () => navigator.onLine;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let newestUnsent = -1;

  // The server nudges this device when its territories change: colleagues' entries arrive in
  // about a second instead of at the next periodic pull.
  const live = startLive({
    token: async () => (await sessionApi.activeSession())?.token,
    onChange: () => void sync.syncNow(),
    onState: (state) => sync.status.update({ live: state }),
    isOnline: online,
  });
  let liveToken: string | undefined;
  const offSession = sessionApi.session.subscribe(({ state }) => {
    const token = state.kind === 'active' ? state.token : undefined;
    if (token !== liveToken) live.reconnect();
    liveToken = token;
  });
  const onOnline = () => {
    sync.status.update({ online: true });
    live.restart();
    void sync.syncNow();
  };
  const onOffline = () => sync.status.update({ online: false });
  // Back to the app (another tab may have signed in or out meanwhile): refresh and sync.
  const onVisible = () => {
    if (document.visibilityState !== 'visible') return;
    void sessionApi.loadSession().then(() => {
      checkDatabase();
      if (online()) void sync.syncNow();
    });
  };
  // Another tab signed in or out: this one follows (its database is no longer the active one).
  const onStorage = (event: StorageEvent) => {
    if (isRegistryChange(event.key)) void sessionApi.loadSession().then(checkDatabase);
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);
  document.addEventListener('visibilitychange', onVisible);
  const timer = setInterval(() => {
    if (online()) void sync.syncNow();
  }, PERIODIC_SYNC_MS);

  // Counts follow Dexie live (this tab and others); a new unsent change schedules a push.
  const subscription = liveQuery(readCounts).subscribe({
    next: (counts) => {
      sync.status.update({ pending: counts.pending, rejected: counts.rejected, conflicts: counts.conflicts });
      if (newestUnsent >= 0 && counts.newestUnsent > newestUnsent && online()) {
        clearTimeout(debounce);
        debounce = setTimeout(() => void sync.syncNow(), WRITE_DEBOUNCE_MS);
      }
      newestUnsent = Math.max(newestUnsent, counts.newestUnsent);
    },
  });

  sync.status.update({ online: online() });
  void (async () => {
    await sessionApi.loadSession();
    checkDatabase();
    await sync.init();
    if (online()) await sync.syncNow();
  })();

  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', onOffline);
    document.removeEventListener('visibilitychange', onVisible);
    clearInterval(timer);
    clearTimeout(debounce);
    subscription.unsubscribe();
    sync.cancelRetry();
    live.stop();
    offSession();
  };
}
