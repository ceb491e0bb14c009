// The live channel's switchboard: who is listening, and a nudge to each listener whose territories
// saw a change (or lost a record). A nudge carries no data, only the highest revision written in
// the listener's own territories; the device then pulls, through the same territory scoping as
// every pull, so nothing leaks through this channel.
//
// Cost does not grow with listeners: a write costs one query (territoryRevsSince), then listeners
// are told in memory, by group of territories (fan-out.ts). Writes on any server process of the
// same database arrive as a NOTIFY (signals.ts), so devices listening on one instance hear of
// pushes made on another.
import { randomUUID } from 'node:crypto';
import { findUserById } from '../auth/users-repo';
import { sessionUser } from '../auth/sessions';
import type { Sql } from '../store/sql';
import { scopeKey, scopeOfUser } from '../sync/scope';
import { territoryRevsSince } from './changed-territories';
import { FanOut, type Listener } from './fan-out';
import { LIVE_CHANNEL, readSignal, signal } from './signals';

export { NUDGE_INTERVAL_MS, type Listener } from './fan-out';

export interface LiveLimits {
  /** Open streams per account: a few tabs and devices, not a flood. */
  perUser: number;
  /** Follows MAX_LIVE_STREAMS (server-limits.ts) in the running server. */
  total: number;
}

export const DEFAULT_LIVE_LIMITS: LiveLimits = { perUser: 8, total: 384 };

/** Below any idle timeout between the device and us (and the server's 30 s), so quiet streams stay. */
export const HEARTBEAT_MS = 15_000;
const KEEP_ALIVE = Buffer.from(': keep-alive\n\n');

export class LiveHub {
  private readonly fanOut: FanOut;
  private readonly perUser = new Map<string, number>();
  /** Revisions up to this one were checked; the next check asks only for later ones. */
  private checkedRev = Infinity;
  private checking: Promise<void> | undefined;
  private again = false;
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private stopListening: (() => Promise<void>) | undefined;
  /** Names this process in its own signals, which it need not act on twice. */
  private readonly id = randomUUID();
  private readonly heartbeatMs: number;

  constructor(
    private readonly sql: Sql,
    readonly limits: LiveLimits = DEFAULT_LIVE_LIMITS,
    options: { intervalMs?: number; heartbeatMs?: number } = {},
  ) {
    this.fanOut = new FanOut(options.intervalMs);
    this.heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
  }

  get size(): number {
    return this.fanOut.size;
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
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
    await this.stopListening?.();
    this.stopListening = undefined;
  }

  /** Returns an unsubscribe function, or a French reason when a limit is reached. */
  subscribe(listener: Listener): (() => void) | string {
    if (this.fanOut.size >= this.limits.total) return 'Trop de connexions en direct sur le serveur';
    const userId = listener.scope.userId;
    const mine = this.perUser.get(userId) ?? 0;
    if (mine >= this.limits.perUser) return 'Trop de connexions en direct pour ce compte';
    this.perUser.set(userId, mine + 1);
    this.checkedRev = Math.min(this.checkedRev, listener.seenRev);
    this.fanOut.add(listener);
    // One timer for every stream's keep-alive, running while someone listens.
    this.heartbeat ??= setInterval(() => this.beat(), this.heartbeatMs).unref();
    return () => this.remove(listener);
  }

  /** The keep-alive, and the end of streams whose session expired since the last one. */
  private beat(now = Date.now()): void {
    this.fanOut.broadcast(KEEP_ALIVE);
    for (const listener of [...this.fanOut.all()]) {
      if (listener.expiresAt > now) continue;
      this.remove(listener);
      listener.close();
    }
  }

  private remove(listener: Listener): void {
    if (!this.fanOut.has(listener)) return;
    this.fanOut.delete(listener);
    const userId = listener.scope.userId;
    const left = (this.perUser.get(userId) ?? 1) - 1;
    if (left > 0) this.perUser.set(userId, left);
    else this.perUser.delete(userId);
    if (this.fanOut.size > 0) return;
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
    this.checkedRev = Infinity;
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
   * Something was written: each group of listeners with a change in its territories since what it
   * was last told gets one nudge. Checks are coalesced: a burst of pushes costs one more query
   * after the one running.
   */
  changed(): Promise<void> {
    if (this.checking) {
      this.again = true;
      return this.checking;
    }
    this.checking = (async () => {
      do {
        this.again = false;
        await this.check();
      } while (this.again);
    })().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  private async check(): Promise<void> {
    if (this.fanOut.size === 0) return;
    const since = this.checkedRev;
    const revs = await territoryRevsSince(this.sql, since);
    if (revs.latest === 0) return;
    // A listener that joined during the query lowered the mark: the next check covers it from there.
    if (this.checkedRev >= since) this.checkedRev = Math.max(since, revs.latest);
    this.fanOut.tell(revs);
  }

  /**
   * An account's sessions or rights changed (on this process or another): each of its streams whose
   * session ended, or whose role or territories are no longer those it was opened with, is closed.
   */
  async recheckAccount(userId: string): Promise<void> {
    if (!this.perUser.has(userId)) return;
    const streams = [...this.fanOut.all()].filter((l) => l.scope.userId === userId);
    const found = await findUserById(this.sql, userId);
    const now = found ? scopeOfUser(found) : undefined;
    for (const listener of streams) {
      const same = now && now.role === listener.scope.role && scopeKey(now) === scopeKey(listener.scope);
      const signedIn = same && (await sessionUser(this.sql, listener.token)) === userId;
      if (!signedIn) {
        this.remove(listener);
        listener.close();
      }
    }
  }
}
