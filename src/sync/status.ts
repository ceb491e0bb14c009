// What the UI shows about sync: counts read from Dexie, plus the engine's own state.
import { db } from '../db/database';

export interface SyncStatus {
  /** Changes waiting to reach the server (unsent or in flight). */
  pending: number;
  /** Changes the server refused, waiting for the user. */
  rejected: number;
  conflicts: number;
  inProgress: boolean;
  online: boolean;
  lastSyncAt?: number;
  /** Plain French, for the user; cleared by the next successful cycle. */
  lastError?: string;
  nextRetryAt?: number;
  /** A long pull under way (a first sync): records received and still to come. */
  progress?: { received: number; total: number };
  /** The live channel to the server: 'waiting' while it cannot be reopened (server unreachable). */
  live?: 'off' | 'connecting' | 'connected' | 'waiting';
}

export const INITIAL_STATUS: SyncStatus = { pending: 0, rejected: 0, conflicts: 0, inProgress: false, online: true };

export interface OutboxCounts {
  pending: number;
  rejected: number;
  conflicts: number;
  /** Highest seq of an unsent entry: grows when the user writes something new. */
  newestUnsent: number;
}

export async function readCounts(): Promise<OutboxCounts> {
  const counts: OutboxCounts = { pending: 0, rejected: 0, conflicts: await db().conflicts.count(), newestUnsent: 0 };
  await db().outbox.each((e) => {
    if (e.rejectedAt !== undefined) counts.rejected++;
    else counts.pending++;
    if (e.sentAt === undefined) counts.newestUnsent = Math.max(counts.newestUnsent, e.seq ?? 0);
  });
  return counts;
}

/** "il y a 3 min", "à l'instant", "hier à 14:05"… for the last successful sync. */
/** Past this, the last sync is too old to call the device « à jour » (periodic pull: every 60 s). */
export const FRESH_SYNC_MS = 2 * 60_000;

/** The header's words for a device with nothing pending: « À jour » only when it checked lately. */
export function syncedSummary(lastSyncAt: number, now: number, online: boolean): string {
  if (online && now - lastSyncAt <= FRESH_SYNC_MS) return `À jour · ${formatSince(lastSyncAt, now)}`;
  return `Dernière synchro ${formatSince(lastSyncAt, now)}`;
}

export function formatSince(then: number, now: number): string {
  const s = Math.max(0, Math.round((now - then) / 1000));
  if (s < 45) return 'à l’instant';
  const min = Math.round(s / 60);
  if (min < 60) return `il y a ${min} min`;
  const h = Math.round(min / 60);
  if (h < 24) return `il y a ${h} h`;
  const d = Math.round(h / 24);
  return d === 1 ? 'hier' : `il y a ${d} jours`;
}
