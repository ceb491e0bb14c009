// What the outbox holds: one pending change per record, waiting to be pushed to the server.
import type { SyncedTable } from '../domain/sync-protocol';

export interface OutboxEntry {
  seq?: number;
  mutationId: string;
  table: SyncedTable;
  recordId: string;
  /** `${table}:${recordId}`, indexed to find the pending entry of a record. */
  recordKey: string;
  op: 'upsert' | 'delete';
  /** Changed fields and their latest values (the full record while it is new). */
  patch: Record<string, unknown>;
  baseRev: number;
  createdAt: number;
  /**
   * Set when a push carrying this entry started. From then on the entry is frozen: the server
   * may already have applied it, so later edits go into a new entry with a new mutation id.
   */
  sentAt?: number;
  /** Set when the server refused the change: kept aside (not resent) until the user acts on it. */
  rejectedAt?: number;
  /** The server's reason for the refusal, in French: for people, never parsed. */
  error?: string;
  /** The refusal's machine code (src/domain/refusals.ts): decides the ways out offered. */
  errorCode?: string;
}

export interface ConflictEntry {
  id: string;
  table: SyncedTable;
  recordId: string;
  recordKey: string;
  /** Fields both sides changed. */
  fields: string[];
  local: Record<string, unknown>;
  server: Record<string, unknown>;
  createdAt: number;
  /** A follow-up's status conflict: the server's conflict line in its history (see followup-history). */
  historyConflictId?: string;
  /**
   * Told, not lost: this device's status was kept or it made no change (a colleague's status lost).
   * Nothing local waits; resolving confirms the kept status or leads to the follow-up.
   */
  notice?: boolean;
}

export const recordKey = (table: SyncedTable, id: string): string => `${table}:${id}`;
