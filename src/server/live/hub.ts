// The live channel's switchboard: who is listening, and a nudge to each listener whose territories
// saw a change (or lost a record). A nudge carries no data, only the highest revision written in
// the listener's own territories; the device then pulls, through the same territory scoping as
// every pull, so nothing leaks through this channel.
//
// Cost does not grow with listeners: a write costs one query (territoryRevsSince), then listeners
// are told in memory. Writes on any server process of the same database arrive as a NOTIFY
// (signals.ts), so devices listening on one instance hear of pushes made on another.
import { findUserById } from '../auth/users-repo';
import { sessionUser } from '../auth/sessions';
import type { Sql } from '../store/sql';
import { scopeKey, scopeOfUser, type Scope } from '../sync/scope';
import { territoryRevsSince, type TerritoryRevs } from './changed-territories';
import { randomUUID } from 'node:crypto';
import { LIVE_CHANNEL, readSignal, signal } from './signals';

export interface Listener {
  scope: Scope;
  /** The session the stream was opened with: when it ends, so does the stream. */
  token: string;
  /** Highest revision this listener has been told about (or had when it connected). */
  seenRev: number;
  send(rev: number): Promise<void>;
  /** Ends the stream (session revoked, rights changed): the device reconnects and is checked again. */
  close(): void;
}

export interface LiveLimits {
  /** Open streams per account: a few tabs and devices, not a flood. */
  perUser: number;
  total: number;
}

/** `total` follows MAX_LIVE_STREAMS (server-limits.ts) in the running server. */
/**
 * A device pulls after each nudge, so more than a few a second are useless to it: within this
 * interval the nudges of one listener are merged into one, sent at its end with the latest
 * revision. A burst of pushes in a busy territory then costs each listener a few writes, not one
 * per push.
 */
export const NUDGE_INTERVAL_MS = 250;

interface Pace {
  lastSentAt: number;
  pendingRev: number;
  timer?: ReturnType<typeof setTimeout>;
}

export const DEFAULT_LIVE_LIMITS: LiveLimits = { perUser: 8, total: 384 };

export class LiveHub {
  private readonly listeners = new Set<Listener>();
  private readonly pace = new WeakMap<Listener, Pace>();
  private checking: Promise<void> | undefined;
  private again = false;
  private stopListening: (() => Promise<void>) | undefined;
  /** Names this process in its own signals, which it need not act on twice. */
  private readonly id = randomUUID();

  constructor(
    private readonly sql: Sql,
    readonly limits: LiveLimits = DEFAULT_LIVE_LIMITS,
  ) {}

  get size(): number {
    return this.listeners.size;
  }

  /** Hears every process's writes and account changes through the database. */
  async start(log: (message: string, error?: unknown) => void = () => undefined): Promise<void> {
    if (this.stopListening) return;
    this.stopListening = await this.sql.listen(LIVE_CHANNEL, (payload) => {
      // null: the listening connection came back, notifications may have been missed.
      const message = payload === null ? { kind: 'changed' as const } : readSignal(payload);
      if (message.kind === 'changed' && message.from === this.id) return;
      const work = message.kind === 'account' ? this.recheckAccount(message.userId) : this.changed();
      work.catch((error: unknown) => log('Canal en direct : vérification impossible', error));
    });
  }

  async stop(): Promise<void> {
    await this.stopListening?.();
    this.stopListening = undefined;
  }

  /** Returns an unsubscribe function, or a French reason when a limit is reached. */
  subscribe(listener: Listener): (() => void) | string {
    if (this.listeners.size >= this.limits.total) return 'Trop de connexions en direct sur le serveur';
    let mine = 0;
    for (const l of this.listeners) if (l.scope.userId === listener.scope.userId) mine++;
    if (mine >= this.limits.perUser) return 'Trop de connexions en direct pour ce compte';
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      clearTimeout(this.pace.get(listener)?.timer);
    };
  }

  async currentRev(): Promise<number> {
    // Committed revisions only (writers are serialised, so they commit in order): a listener can
    // never be told "seen" past a change that is still to come.
    const [row] = await this.sql.query<{ rev: number | null }>(
      `SELECT GREATEST((SELECT MAX(rev) FROM records), (SELECT MAX(rev) FROM territory_exits),
         (SELECT MAX(rev) FROM parks), (SELECT MAX(rev) FROM territories)) AS rev`,
    );
    return Number(row?.rev ?? 0);
  }

  /** Something was written here: this process's listeners are checked, and every other process told. */
  async announce(): Promise<void> {
    await Promise.all([this.changed(), signal(this.sql, { kind: 'changed', from: this.id })]);
  }

  /**
   * Something was written: each listener with a change in its territories since what it last saw
   * gets one nudge. Checks are coalesced: a burst of pushes costs one more query after the one
   * running.
   */
  changed(): Promise<void> {
    if (this.checking) {
      this.again = true;
      return this.checking;
    }
    this.checking = (async () => {
      do {
        this.again = false;
        await this.checkAll();
      } while (this.again);
    })().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  private async checkAll(): Promise<void> {
    if (this.listeners.size === 0) return;
    let since = Infinity;
    for (const l of this.listeners) since = Math.min(since, l.seenRev);
    const revs = await territoryRevsSince(this.sql, since);
    if (revs.latest === 0) return;
    await Promise.all([...this.listeners].map((listener) => this.tell(listener, revs)));
  }

  private async tell(listener: Listener, revs: TerritoryRevs): Promise<void> {
    const rev = listener.scope.all ? revs.latest : Math.max(0, ...listener.scope.territoryIds.map((t) => revs.byTerritory.get(t) ?? 0));
    const wasSeen = listener.seenRev;
    listener.seenRev = Math.max(listener.seenRev, revs.latest);
    if (rev <= wasSeen) return;
    const pace = this.pace.get(listener) ?? { lastSentAt: 0, pendingRev: 0 };
    this.pace.set(listener, pace);
    pace.pendingRev = Math.max(pace.pendingRev, rev);
    const wait = pace.lastSentAt + NUDGE_INTERVAL_MS - Date.now();
    if (wait <= 0) return this.flush(listener, pace);
    pace.timer ??= setTimeout(() => void this.flush(listener, pace), wait);
  }

  private async flush(listener: Listener, pace: Pace): Promise<void> {
    clearTimeout(pace.timer);
    pace.timer = undefined;
    if (!this.listeners.has(listener) || pace.pendingRev === 0) return;
    const rev = pace.pendingRev;
    pace.pendingRev = 0;
    pace.lastSentAt = Date.now();
    // A listener whose connection broke is removed by its route; a failed write is not ours to raise.
    await listener.send(rev).catch(() => this.listeners.delete(listener));
  }

  /**
   * An account's sessions or rights changed (on this process or another): each of its streams whose
   * session ended, or whose role or territories are no longer those it was opened with, is closed.
   */
  async recheckAccount(userId: string): Promise<void> {
    const streams = [...this.listeners].filter((l) => l.scope.userId === userId);
    if (streams.length === 0) return;
    const found = await findUserById(this.sql, userId);
    const now = found ? scopeOfUser(found) : undefined;
    for (const listener of streams) {
      const same = now && now.role === listener.scope.role && scopeKey(now) === scopeKey(listener.scope);
      const signedIn = same && (await sessionUser(this.sql, listener.token)) === userId;
      if (!signedIn) {
        this.listeners.delete(listener);
        listener.close();
      }
    }
  }
}
