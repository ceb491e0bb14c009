// What one push transaction reads up front and accumulates: known mutation ids, the records it
// touches, a pool of revisions, and the results to journal at the end (a few queries per batch
// instead of five per mutation).
import type { Mutation, MutationResult, SyncedTable } from '../../domain/sync-protocol';
import type { SqlRunner } from '../store/sql';
import { findApplied, findRecord, findRecords, rememberApplied, takeRevs, type RecordRow } from './records-repo';

function snapshotCompanyIds(patch: Record<string, unknown>): string[] {
  const companies = (patch.snapshot as { companies?: unknown } | undefined)?.companies;
  if (!Array.isArray(companies)) return [];
  return companies.flatMap((c) => (typeof (c as { id?: unknown })?.id === 'string' ? [(c as { id: string }).id] : [])).slice(0, 5000);
}

export class BatchContext {
  private readonly journal: MutationResult[] = [];

  private constructor(
    private readonly tx: SqlRunner,
    private readonly applied: Map<string, MutationResult>,
    private readonly records: Map<string, RecordRow | null>,
    private readonly revs: number[],
  ) {}

  /** Mutation ids are the user's own: another account's ids are unknown here (migration 003). */
  static async load(tx: SqlRunner, userId: string, mutations: Mutation[]): Promise<BatchContext> {
    const applied = await findApplied(
      tx,
      userId,
      mutations.map((m) => m.mutationId),
    );
    const keys = mutations.map((m) => ({ table: m.table, id: m.recordId }));
    // The companies that flux and visits point at decide their territory: fetch them too.
    for (const m of mutations) {
      if (m.table !== 'companies' && typeof m.patch.companyId === 'string') keys.push({ table: 'companies', id: m.patch.companyId });
      // A new follow-up's territories are read from its companies (followup-authority.ts).
      if (m.table === 'followups') for (const id of snapshotCompanyIds(m.patch)) keys.push({ table: 'companies', id });
    }
    const found = await findRecords(tx, keys);
    const records = new Map<string, RecordRow | null>(keys.map((k) => [`${k.table}:${k.id}`, null]));
    for (const [key, row] of found) records.set(key, row);
    const revs = await takeRevs(tx, mutations.filter((m) => !applied.has(m.mutationId)).length);
    return new BatchContext(tx, applied, records, revs);
  }

  appliedResult(mutationId: string): MutationResult | undefined {
    return this.applied.get(mutationId);
  }

  async record(table: SyncedTable, id: string): Promise<RecordRow | undefined> {
    const key = `${table}:${id}`;
    if (!this.records.has(key)) this.records.set(key, (await findRecord(this.tx, table, id)) ?? null);
    return this.records.get(key) ?? undefined;
  }

  wrote(table: SyncedTable, row: RecordRow): void {
    this.records.set(`${table}:${String(row.data.id)}`, row);
  }

  /** A company moved and its flux and visits were re-stamped in SQL: forget their cached copies. */
  forgetChildren(): void {
    for (const key of this.records.keys()) if (!key.startsWith('companies:')) this.records.delete(key);
  }

  nextRev(): number {
    const rev = this.revs.shift();
    if (rev === undefined) throw new Error('revision pool exhausted');
    return rev;
  }

  remember(result: MutationResult): void {
    this.applied.set(result.mutationId, result);
    this.journal.push(result);
  }

  async flush(clientId: string, userId: string): Promise<void> {
    await rememberApplied(this.tx, this.journal, clientId, userId);
  }
}
