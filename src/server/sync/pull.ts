// Reads changes after a cursor, in revision order, limited to the user's territories: the records
// changed, and the records that left those territories (gone), interleaved by revision.
import type { Change, Gone, PullResponse } from '../../domain/sync-protocol';
import type { SqlRunner } from '../store/sql';
import { withoutConfidentialLeads } from './confidential-leads';
import { changesSince, countChangesSince } from './records-repo';
import type { Scope } from './scope';
import { exitsSince } from './territory-exits';

export async function pullChanges(db: SqlRunner, scope: Scope, since: number, limit: number): Promise<PullResponse> {
  // One row more than asked tells whether another page follows.
  const rows = await changesSince(db, since, limit + 1, scope.all ? null : scope.territoryIds);
  // Someone who sees every territory never loses a record to a move.
  const exits = scope.all ? [] : await exitsSince(db, since, limit + 1, scope.territoryIds);
  // The column is the truth: a company move re-stamps its flux without rewriting their JSON.
  const changed = rows.map((r): Change => ({ table: r.tbl, rev: Number(r.rev), record: { ...r.data, rev: Number(r.rev) } }));
  const page = [...changed.map((c) => ({ rev: c.rev, change: c })), ...exits.map((g) => ({ rev: g.rev, gone: g }))]
    .sort((a, b) => a.rev - b.rev)
    .slice(0, limit);
  const hasMore = changed.length + exits.length > page.length;
  const cursor = page.length > 0 ? page[page.length - 1]!.rev : since;
  return {
    changes: await withoutConfidentialLeads(
      db,
      scope,
      page.flatMap((p) => ('change' in p ? [p.change] : [])),
    ),
    gone: page.flatMap((p): Gone[] => ('gone' in p ? [p.gone] : [])),
    cursor,
    hasMore,
    // Counted only when another page follows: the device shows « 12 000 / 32 000 » on a first sync.
    remaining: hasMore ? await countChangesSince(db, cursor, scope.all ? null : scope.territoryIds) : 0,
  };
}
