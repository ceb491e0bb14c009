// The server's change log as the API shows it to admins: who changed which record, when it arrived,
// which fields. Stamped by the server from the session; a device never writes it.
import { z } from 'zod';
import { API_PREFIX } from './api';
import { SyncedTableSchema } from './sync-protocol';

/** GET, admin only → ChangeLogPage. Query: table, record, user, before (a rev), limit. */
export const CHANGE_LOG_ROUTE = `${API_PREFIX}/admin/changes`;

export const ChangeLogQuerySchema = z.object({
  table: SyncedTableSchema.optional(),
  record: z.string().min(1).max(64).optional(),
  user: z.string().min(1).max(64).optional(),
  /** Entries older than this revision (the previous page's `next`). */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const ChangeLogEntrySchema = z.object({
  rev: z.number().int(),
  table: SyncedTableSchema,
  recordId: z.string(),
  userId: z.string(),
  /** The account's name now; empty when the account was removed since. */
  userName: z.string(),
  clientId: z.string(),
  /** When the server received the change (ms since 1970, server clock). */
  receivedAt: z.number().int(),
  op: z.enum(['create', 'update', 'delete']),
  fields: z.array(z.string()),
});
export type ChangeLogEntry = z.infer<typeof ChangeLogEntrySchema>;

export const ChangeLogPageSchema = z.object({
  entries: z.array(ChangeLogEntrySchema),
  /** Pass as `before` for the next (older) page; absent on the last page. */
  next: z.number().int().optional(),
});
export type ChangeLogPage = z.infer<typeof ChangeLogPageSchema>;
