import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../../src/db/outbox-entry';
import { nextBatch, toMutation } from '../../../src/sync/batch';
import { mergePulled, pendingFields } from '../../../src/sync/merge';

const entry = (seq: number, patch: Record<string, unknown>, extra: Partial<OutboxEntry> = {}): OutboxEntry => ({
  seq,
  mutationId: `m-${seq}`,
  table: 'companies',
  recordId: 'c1',
  recordKey: 'companies:c1',
  op: 'upsert',
  patch,
  baseRev: 1,
  createdAt: seq,
  ...extra,
});

describe('merging a pulled record with what is pending here', () => {
  it('takes the server record whole when nothing is pending', () => {
    const merged = mergePulled({ id: 'c1', name: 'Serveur', notes: 'b' }, 5, { id: 'c1', name: 'Local', rev: 2 }, new Set());
    expect(merged).toEqual({ id: 'c1', name: 'Serveur', notes: 'b', rev: 5 });
  });

  it('keeps the local value of fields typed offline and takes the others', () => {
    const pending = pendingFields([entry(1, { notes: 'écrit hors ligne' })]);
    const merged = mergePulled(
      { id: 'c1', name: 'Nouveau nom', notes: 'ancien', rev: 9 },
      6,
      { id: 'c1', name: 'Vieux', notes: 'écrit hors ligne', rev: 2 },
      pending,
    );
    expect(merged).toEqual({ id: 'c1', name: 'Nouveau nom', notes: 'écrit hors ligne', rev: 6 });
  });

  it('counts in-flight entries as pending but not rejected ones', () => {
    const fields = pendingFields([
      entry(1, { a: 1 }, { sentAt: 10 }),
      entry(2, { b: 1 }),
      entry(3, { c: 1 }, { sentAt: 10, rejectedAt: 11, error: 'non' }),
    ]);
    expect([...fields].sort()).toEqual(['a', 'b']);
  });

  it('ignores a change older than the local copy', () => {
    expect(mergePulled({ id: 'c1' }, 3, { id: 'c1', rev: 4 }, new Set())).toBeUndefined();
  });
});

describe('batching the outbox', () => {
  it('takes the oldest entries first, skips rejected ones, and respects the limit', () => {
    const entries = [entry(3, {}), entry(1, {}), entry(2, {}, { rejectedAt: 1 }), entry(4, {})];
    expect(nextBatch(entries, 2).map((e) => e.seq)).toEqual([1, 3]);
  });

  it('never sends the local search key', () => {
    const m = toMutation(entry(1, { name: 'A', nameKey: 'a' }));
    expect(m.patch).toEqual({ name: 'A' });
    expect(m).toMatchObject({ mutationId: 'm-1', recordId: 'c1', baseRev: 1, op: 'upsert', clientTime: 1 });
  });
});
