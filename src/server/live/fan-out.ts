// Telling listeners in memory, at a cost that barely grows with them: listeners are grouped by the
// set of territories they see, a group is paced as one (one timer per group, not per listener),
// and a nudge is framed once per group and written as the same bytes to each of its streams,
// synchronously — no promise, timer or JSON per listener.
import { scopeKey, type Scope } from '../sync/scope';
import type { TerritoryRevs } from './changed-territories';

export interface Listener {
  scope: Scope;
  /** The session the stream was opened with: when it ends, so does the stream. */
  token: string;
  /** When that session expires: the stream is closed at the first keep-alive after it. */
  expiresAt: number;
  /** Highest revision this listener has been told about (or had when it connected). */
  seenRev: number;
  /** Writes bytes already framed as server-sent events; never throws (a broken stream closes itself). */
  write(frame: Uint8Array): void;
  /** Ends the stream (session revoked, rights changed): the device reconnects and is checked again. */
  close(): void;
}

/**
 * A device pulls after each nudge, so more than a couple a second are useless to it: within this
 * interval the nudges of a group are merged into one, sent at its end with the latest revision.
 * A burst of pushes in a busy territory then costs each listener a few writes (and the server a
 * few pulls per device), not one per push; a nudge held back still arrives within a second.
 */
export const NUDGE_INTERVAL_MS = 500;

/** The `change` event carrying a revision, as written on the wire. */
export const changeFrame = (rev: number): Uint8Array => Buffer.from(`event: change\ndata: {"rev":${rev}}\nid: ${rev}\n\n`);

interface Group {
  key: string;
  scope: Scope;
  listeners: Set<Listener>;
  /** Highest revision of the group's territories already sent or waiting to be. */
  toldRev: number;
  pendingRev: number;
  lastSentAt: number;
  timer?: ReturnType<typeof setTimeout>;
}

export class FanOut {
  private readonly groups = new Map<string, Group>();
  private readonly groupOf = new Map<Listener, Group>();

  constructor(private readonly intervalMs = NUDGE_INTERVAL_MS) {}

  get size(): number {
    return this.groupOf.size;
  }

  *all(): IterableIterator<Listener> {
    yield* this.groupOf.keys();
  }

  has(listener: Listener): boolean {
    return this.groupOf.has(listener);
  }

  add(listener: Listener): void {
    const key = scopeKey(listener.scope);
    let group = this.groups.get(key);
    if (!group) {
      group = { key, scope: listener.scope, listeners: new Set(), toldRev: listener.seenRev, pendingRev: 0, lastSentAt: 0 };
      this.groups.set(key, group);
    }
    group.listeners.add(listener);
    this.groupOf.set(listener, group);
  }

  delete(listener: Listener): void {
    const group = this.groupOf.get(listener);
    if (!group) return;
    this.groupOf.delete(listener);
    group.listeners.delete(listener);
    if (group.listeners.size > 0) return;
    clearTimeout(group.timer);
    this.groups.delete(group.key);
  }

  /** Each group with a change in its territories gets one nudge now, or at the end of its interval. */
  tell(revs: TerritoryRevs): void {
    for (const group of this.groups.values()) {
      const { scope } = group;
      let rev = 0;
      if (scope.all) rev = revs.latest;
      else for (const t of scope.territoryIds) rev = Math.max(rev, revs.byTerritory.get(t) ?? 0);
      if (rev <= group.toldRev) continue;
      group.toldRev = rev;
      group.pendingRev = rev;
      const wait = group.lastSentAt + this.intervalMs - Date.now();
      if (wait <= 0) this.flush(group);
      else group.timer ??= setTimeout(() => this.flush(group), wait);
    }
  }

  /** Bytes every listener gets (the keep-alive comment). */
  broadcast(frame: Uint8Array): void {
    for (const listener of this.groupOf.keys()) listener.write(frame);
  }

  private flush(group: Group): void {
    clearTimeout(group.timer);
    group.timer = undefined;
    const rev = group.pendingRev;
    if (rev === 0 || group.listeners.size === 0) return;
    group.pendingRev = 0;
    group.lastSentAt = Date.now();
    const frame = changeFrame(rev);
    // A listener that connected after this revision was written has nothing to hear of it.
    for (const listener of group.listeners) {
      if (listener.seenRev >= rev) continue;
      listener.seenRev = rev;
      listener.write(frame);
    }
  }
}
