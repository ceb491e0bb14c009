// The live channel's switchboard: who is listening, and a nudge to each listener whose
// territories saw a change (or lost a record). A nudge carries no data (only a revision); the device then pulls,
// through the same territory scoping as every pull, so nothing leaks through this channel.
import type { SqlRunner } from "../store/sql";
import { referenceChangedSince } from "../reference/rows-since";
import { pullChanges } from "../sync/pull";
import type { Scope } from "../sync/scope";

export interface Listener {
  scope: Scope;
  /** Highest revision this listener has been told about (or had when it connected). */
  seenRev: number;
  send(rev: number): Promise<void>;
}

export interface LiveLimits {
  /** Open streams per account: a few tabs and devices, not a flood. */
  perUser: number;
  total: number;
}

export const DEFAULT_LIVE_LIMITS: LiveLimits = { perUser: 8, total: 1000 };

export class LiveHub {
  private readonly listeners = new Set<Listener>();
  private checking: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly sql: SqlRunner,
    readonly limits: LiveLimits = DEFAULT_LIVE_LIMITS,
  ) {}

  get size(): number {
    return this.listeners.size;
  }

  /** Returns an unsubscribe function, or a French reason when a limit is reached. */
  subscribe(listener: Listener): (() => void) | string {
    if (this.listeners.size >= this.limits.total)
      return "Trop de connexions en direct sur le serveur";
    const mine = [...this.listeners].filter(
      (l) => l.scope.userId === listener.scope.userId,
    ).length;
    if (mine >= this.limits.perUser)
      return "Trop de connexions en direct pour ce compte";
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
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

  /**
   * Something was written: each listener with a change in its scope since what it last saw gets
   * one nudge. Checks are coalesced: a burst of pushes costs one round of queries after the one
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
    const latest = await this.currentRev();
    await Promise.all(
      [...this.listeners].map(async (listener) => {
        if (latest <= listener.seenRev) return;
        // The very queries a pull runs: records changed in its territories, records that left them,
        // and their reference data.
        const page = await pullChanges(
          this.sql,
          listener.scope,
          listener.seenRev,
          1,
        );
        const recordsChanged = page.changes.length > 0 || page.gone.length > 0;
        // Business parks and territories too: a proposal reaches the referent, a merge the advisors.
        const changed =
          recordsChanged ||
          (await referenceChangedSince(this.sql, listener.seenRev, listener.scope.all ? null : listener.scope.territoryIds));
        listener.seenRev = latest;
        if (!changed) return;
        // A listener whose connection broke is removed by its route; a failed write is not ours to raise.
        await listener
          .send(latest)
          .catch(() => this.listeners.delete(listener));
      }),
    );
  }
}
