// Runs sync cycles (push, pull, push again if the user wrote meanwhile), one at a time, retrying
// failures with backoff, and publishes a status the UI follows. When to run is decided by the
// caller (start.ts wires the browser's events); this module only needs a transport and a clock.
import { nextDelay } from './backoff';
import type { User } from '../domain/user';
import type { Result, SyncError } from './errors';
import { observable } from './observable';
import { pullChanges, type PullOutcome } from './pull';
import { pushOutbox } from './push';
import { activeSession, clientId, markSessionExpired, updateSessionUser } from './session';
import { INITIAL_STATUS, readCounts, type SyncStatus } from './status';
import { readKey, writeKey } from './storage';
import type { Transport } from './transport';

export interface EngineOptions {
  transport: Transport;
  random?: () => number;
  now?: () => number;
  /** Serialises cycles across tabs (Web Locks) where the browser has them. */
  withLock?: (run: () => Promise<void>) => Promise<void>;
  /** The browser's idea of the network: offline, a cycle is skipped quietly (no error, no retry). */
  isOnline?: () => boolean;
  /** Schedules a retry; returns a cancel function (tests pass a manual clock). */
  setTimer?: (run: () => void, ms: number) => () => void;
  /**
   * Runs after the pull: territories and business parks (reference.ts), told which companies this
   * cycle sent or received; absent in tests of records alone.
   */
  reference?: (user: User, touched: { companyIds: readonly string[] }) => Promise<Result<unknown>>;
}

const realTimer = (run: () => void, ms: number) => {
  const id = setTimeout(run, ms);
  return () => clearTimeout(id);
};

export type SyncEngine = ReturnType<typeof createSyncEngine>;

const LAST_SYNC_KEY = 'last-sync-at';

/** The signed-in user with the role and territories an admin gave them since (kept in the session). */
async function followAccount(user: User, account: PullOutcome['account']): Promise<User> {
  if (!account) return user;
  const key = (ids: readonly string[]) => [...ids].sort().join('\n');
  const same = account.role === user.role && key(account.territoryIds) === key(user.territoryIds);
  if (same) return user;
  const next: User = { ...user, role: account.role, territoryIds: account.territoryIds };
  await updateSessionUser(next);
  return next;
}

export function createSyncEngine(options: EngineOptions) {
  const { transport } = options;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const withLock = options.withLock ?? ((run) => run());
  const setTimer = options.setTimer ?? realTimer;
  const isOnline = options.isOnline ?? (() => true);
  const status = observable<SyncStatus>({ ...INITIAL_STATUS });
  let running: Promise<void> | undefined;
  let again = false;
  let attempt = 0;
  /** The cycle now running was started by the retry timer (not by a write or the live channel). */
  let retrying = false;
  let cancelRetry = () => {};
  /** Companies sent or received whose business park is not settled yet (kept over a failed cycle). */
  const unsettled = new Set<string>();

  async function refreshCounts(): Promise<void> {
    const { pending, rejected, conflicts } = await readCounts();
    status.update({ pending, rejected, conflicts });
  }

  /** One cycle; returns the error that stopped it, if any. */
  async function cycle(): Promise<SyncError | undefined> {
    const current = await activeSession();
    if (!current) return { kind: 'no-session', message: 'Non connecté : la synchronisation est en pause' };
    const device = await clientId();
    const pushed = await pushOutbox(transport, current.token, device);
    if (!pushed.ok) return pushed.error;
    for (const id of pushed.value.companyIds) unsettled.add(id);
    const pulled = await pullChanges(transport, current.token, current.user.id, undefined, ({ received, remaining }) =>
      status.update({ progress: { received, total: received + remaining } }),
    );
    status.update({ progress: undefined });
    if (!pulled.ok) return pulled.error;
    for (const id of pulled.value.companyIds) unsettled.add(id);
    const user = await followAccount(current.user, pulled.value.account);
    if (options.reference) {
      const reference = await options.reference(user, { companyIds: [...unsettled] });
      if (!reference.ok) return reference.error;
      unsettled.clear();
    }
    // Edits made while we were pulling go up now rather than at the next cycle.
    if ((await readCounts()).newestUnsent > 0) {
      const second = await pushOutbox(transport, current.token, device);
      if (!second.ok) return second.error;
    }
    return undefined;
  }

  async function runOnce(): Promise<void> {
    const fromRetry = retrying;
    retrying = false;
    cancelRetry();
    // The 'online' event starts the next cycle: failing now would only show a useless error.
    if (!isOnline()) return;
    status.update({ inProgress: true, nextRetryAt: undefined });
    let error: SyncError | undefined;
    try {
      error = await cycle();
    } catch (e) {
      // A storage failure (quota, blocked database): shown, retried like a network failure.
      error = { kind: 'http', message: `Erreur locale : ${e instanceof Error ? e.message : String(e)}`, status: 500 };
    }
    await refreshCounts().catch(() => undefined);
    if (!error) {
      attempt = 0;
      const at = now();
      await writeKey(LAST_SYNC_KEY, at);
      status.update({ inProgress: false, lastSyncAt: at, lastError: undefined });
      return;
    }
    if (error.kind === 'no-session') {
      status.update({ inProgress: false, lastError: undefined });
      return;
    }
    if (error.kind === 'unauthorized') await markSessionExpired();
    status.update({ inProgress: false, lastError: error.message });
    // An expired session waits for the user; anything else (network, server down) is retried.
    if (error.kind !== 'unauthorized') scheduleRetry(fromRetry);
  }

  /**
   * Only a failed retry makes the next wait longer: cards typed while the server is down must not
   * push the device's return minutes away (each write starts a cycle that fails at once).
   */
  function scheduleRetry(advance: boolean): void {
    const delay = nextDelay(attempt, random());
    if (advance || attempt === 0) attempt++;
    status.update({ nextRetryAt: now() + delay });
    cancelRetry = setTimer(() => {
      retrying = true;
      void syncNow();
    }, delay);
  }

  /** Starts a cycle, or, if one is running, asks for another right after it. */
  function syncNow(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await withLock(runOnce);
      } while (again);
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  async function init(): Promise<void> {
    const lastSyncAt = await readKey<number>(LAST_SYNC_KEY);
    status.update({ lastSyncAt });
    await refreshCounts();
  }

  return {
    status,
    syncNow,
    refreshCounts,
    init,
    /** Resolves when no cycle is running (tests, and logout waiting for a push to end). */
    whenIdle: () => running ?? Promise.resolve(),
    /** Stops pending retries (the app is closing or the user signed out). */
    cancelRetry: () => {
      cancelRetry();
      status.update({ nextRetryAt: undefined });
    },
    get attempt() {
      return attempt;
    },
  };
}
