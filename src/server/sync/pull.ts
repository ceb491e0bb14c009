// Reads changes after a cursor, in revision order, limited to the user's territories.
import type { PullResponse } from '../../domain/sync-protocol';
import type { SqlRunner } from '../store/sql';
import { changesSince } from './records-repo';
import type { Scope } from './scope';

export async function pullChanges(db: SqlRunner, scope: Scope, since: number, limit: number): Promise<PullResponse> {
  // One row more than asked tells whether another page follows.
  const rows = await changesSince(db, since, limit + 1, scope.all ? null : scope.territoryIds);
  const page = rows.slice(0, limit);
  return {
    // The column is the truth: a company move re-stamps its flux without rewriting their JSON.
    changes: page.map((r) => ({ table: r.tbl, rev: Number(r.rev), record: { ...r.data, rev: Number(r.rev) } })),
    cursor: page.length > 0 ? Number(page[page.length - 1]!.rev) : since,
    hasMore: rows.length > limit,
  };
}
