// Page-side IndexedDB writes of synergies. A full run is written page by page, each page in its own
// transaction so the list fills in while the rest arrives; at the end one sweep deletes what the run
// did not produce. Updates of one company that land while a run is still being written go straight
// to the table and are also remembered (the overlay), so later pages of the older snapshot cannot
// undo them and the sweep keeps them. Fields a referent added to a stored synergy (anything the
// engine does not produce) are kept on every write.
import type { Synergy } from '../domain';
import { db } from '../db/database';
import type { MatchDiff } from './types';

/** Same engine output, whatever the time it was computed: no need to rewrite the row. */
function sameContent(a: Synergy, b: Record<string, unknown>): boolean {
  return Object.entries(a).every(([k, v]) => k === 'computedAt' || JSON.stringify(v) === JSON.stringify(b[k]));
}

/** Puts records, merged over the stored rows (review fields survive); unchanged rows are skipped. */
async function putMerged(records: readonly Synergy[]): Promise<void> {
  if (records.length === 0) return;
  const table = db().synergies;
  const rows = await table.bulkGet(records.map((s) => s.id));
  const toPut: Synergy[] = [];
  records.forEach((s, k) => {
    const old = rows[k] as unknown as Record<string, unknown> | undefined;
    if (!old) toPut.push(s);
    else if (!sameContent(s, old)) toPut.push({ ...old, ...s } as Synergy);
  });
  if (toPut.length) await table.bulkPut(toPut);
}

/** Applies a company's diff in one transaction. */
export async function writeDiff(diff: MatchDiff): Promise<void> {
  const table = db().synergies;
  await db().transaction('rw', table, async () => {
    if (diff.removed.length) await table.bulkDelete(diff.removed);
    await putMerged(diff.upserted);
  });
}

/** Writes one full run. Once cancelled, it writes nothing more (not even a transaction in flight). */
export class RunWriter {
  /** Ids the run produced so far. */
  private readonly produced = new Set<string>();
  /** Changes made since the run's snapshot: id → newer record, or null when removed. */
  private readonly overlay = new Map<string, Synergy | null>();
  private cancelled = false;

  get isCancelled(): boolean {
    return this.cancelled;
  }

  cancel(): void {
    this.cancelled = true;
  }

  /** A company's diff computed after this run's snapshot (it is written by writeDiff). */
  remember(diff: MatchDiff): void {
    for (const id of diff.removed) this.overlay.set(id, null);
    for (const s of diff.upserted) this.overlay.set(s.id, s);
  }

  async writePage(records: readonly Synergy[]): Promise<void> {
    const table = db().synergies;
    await db().transaction('rw', table, async () => {
      // Checked inside the transaction: a newer run's writes are queued after this one, so
      // nothing of this run can land after the newer run has started writing.
      if (this.cancelled) return;
      const fresh: Synergy[] = [];
      for (const s of records) {
        this.produced.add(s.id);
        // A later update already wrote this record (or removed it): the snapshot's copy is older.
        if (!this.overlay.has(s.id)) fresh.push(s);
      }
      await putMerged(fresh);
    });
  }

  /** Deletes every stored synergy this run (with its later updates) does not hold; returns the count kept. */
  async sweep(): Promise<number> {
    const table = db().synergies;
    return db().transaction('rw', table, async () => {
      if (this.cancelled) return 0;
      const keys = await table.toCollection().primaryKeys();
      const keep = (id: string) => (this.overlay.has(id) ? this.overlay.get(id) !== null : this.produced.has(id));
      const stale = keys.filter((id) => !keep(id));
      if (stale.length) await table.bulkDelete(stale);
      return keys.length - stale.length;
    });
  }
}
