// The change log: one line per record a push changed — who (the session's user), from which
// device, when it arrived, which fields — written in the push's transaction, read by admins.
import type { ChangeLogEntry, ChangeLogPage, ChangeLogQuerySchema } from '../../domain/change-log';
import type { SyncedTable } from '../../domain/sync-protocol';
import type { z } from 'zod';
import type { SqlRunner } from '../store/sql';
import { sameValue } from './merge';

type Data = Record<string, unknown>;

/** Fields whose value differs between the record before and after (the revision aside). */
export function changedFields(before: Data | undefined, after: Data): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  keys.delete('rev');
  return [...keys].filter((k) => !sameValue(before?.[k], after[k])).sort();
}

export interface LoggedChange {
  rev: number;
  table: SyncedTable;
  recordId: string;
  userId: string;
  clientId: string;
  before: Data | undefined;
  after: Data;
}

export async function logChange(tx: SqlRunner, change: LoggedChange, receivedAt: number): Promise<void> {
  const op = !change.before ? 'create' : change.after.deleted === true && change.before.deleted !== true ? 'delete' : 'update';
  await tx.query(
    `INSERT INTO change_log (rev, tbl, record_id, user_id, client_id, received_at, op, fields)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text[])`,
    [change.rev, change.table, change.recordId, change.userId, change.clientId, receivedAt, op, changedFields(change.before, change.after)],
  );
}

interface Row {
  rev: string | number;
  tbl: ChangeLogEntry['table'];
  record_id: string;
  user_id: string;
  user_name: string | null;
  client_id: string;
  received_at: string | number;
  op: ChangeLogEntry['op'];
  fields: string[];
}

/** Newest first, filtered by table, record and user, a page at a time (`before` a revision). */
export async function readChangeLog(db: SqlRunner, query: z.infer<typeof ChangeLogQuerySchema>): Promise<ChangeLogPage> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (query.table) add('l.tbl = ?', query.table);
  if (query.record) add('l.record_id = ?', query.record);
  if (query.user) add('l.user_id = ?', query.user);
  if (query.before) add('l.rev < ?', query.before);
  params.push(query.limit + 1);
  const rows = await db.query<Row>(
    `SELECT l.rev, l.tbl, l.record_id, l.user_id, u.name AS user_name, l.client_id, l.received_at, l.op, l.fields
       FROM change_log l LEFT JOIN users u ON u.id = l.user_id
      ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY l.rev DESC LIMIT $${params.length}`,
    params,
  );
  const entries = rows.slice(0, query.limit).map((r) => ({
    rev: Number(r.rev),
    table: r.tbl,
    recordId: r.record_id,
    userId: r.user_id,
    userName: r.user_name ?? '',
    clientId: r.client_id,
    receivedAt: Number(r.received_at),
    op: r.op,
    fields: r.fields,
  }));
  const more = rows.length > query.limit;
  return more ? { entries, next: entries[entries.length - 1]!.rev } : { entries };
}
