// The field-by-field merge rules, as pure functions: no database, no server.
import { describe, expect, it } from 'vitest';
import { mergeMutation, type StoredRecord } from '../../src/server/sync/merge';

const stored = (): StoredRecord => ({
  rev: 5,
  data: { id: 'c1', name: 'Fonderie', address: 'rue A', notes: 'x', deleted: false, updatedAt: 100 },
  fieldRevs: {
    name: { rev: 1, client: 'A' },
    address: { rev: 5, client: 'A' },
    notes: { rev: 1, client: 'A' },
    deleted: { rev: 1, client: 'A' },
    updatedAt: { rev: 5, client: 'A' },
  },
});

const base = { recordId: 'c1', op: 'upsert' as const, clientId: 'B', newRev: 6 };

describe('mergeMutation', () => {
  it('creates a record from a full patch, every field owned by the writer', () => {
    const r = mergeMutation({ ...base, current: undefined, baseRev: 0, patch: { id: 'c1', name: 'N', rev: 0 } });
    expect(r.changed).toBe(true);
    expect(r.conflicts).toEqual([]);
    expect(r.data).toEqual({ id: 'c1', name: 'N' });
    expect(r.fieldRevs.name).toEqual({ rev: 6, client: 'B' });
  });

  it('merges an edit of a field nobody else changed since the base revision', () => {
    const r = mergeMutation({ ...base, current: stored(), baseRev: 1, patch: { notes: 'y', deleted: false, updatedAt: 200 } });
    expect(r.conflicts).toEqual([]);
    expect(r.data).toMatchObject({ notes: 'y', address: 'rue A', updatedAt: 200 });
    expect(r.fieldRevs.notes).toEqual({ rev: 6, client: 'B' });
  });

  it('reports a conflict when another client changed the same field after the base revision', () => {
    const r = mergeMutation({
      ...base,
      current: stored(),
      baseRev: 1,
      patch: { address: 'rue B', notes: 'y', deleted: false, updatedAt: 200 },
    });
    expect(r.conflicts).toEqual(['address']);
    expect(r.data.address).toBe('rue A');
    expect(r.data.notes).toBe('y');
  });

  it('is no conflict when the same value was written, or by the same client, or before the base', () => {
    const same = mergeMutation({ ...base, current: stored(), baseRev: 1, patch: { address: 'rue A' } });
    expect(same.conflicts).toEqual([]);
    const sameClient = mergeMutation({ ...base, clientId: 'A', current: stored(), baseRev: 1, patch: { address: 'rue C' } });
    expect(sameClient.conflicts).toEqual([]);
    expect(sameClient.data.address).toBe('rue C');
    const fresh = mergeMutation({ ...base, current: stored(), baseRev: 5, patch: { address: 'rue C' } });
    expect(fresh.conflicts).toEqual([]);
  });

  it('compares nested values by content, not identity', () => {
    const current = stored();
    current.data.location = { lat: 46.8, lon: 4.4 };
    current.fieldRevs.location = { rev: 5, client: 'A' };
    const r = mergeMutation({ ...base, current, baseRev: 1, patch: { location: { lon: 4.4, lat: 46.8 } } });
    expect(r.conflicts).toEqual([]);
    expect(r.changed).toBe(false);
  });

  it('keeps the latest updatedAt rather than conflicting on it', () => {
    const older = mergeMutation({ ...base, current: stored(), baseRev: 1, patch: { notes: 'y', updatedAt: 50 } });
    expect(older.data.updatedAt).toBe(100);
    expect(older.conflicts).toEqual([]);
  });

  it('never takes id or rev from a patch', () => {
    const r = mergeMutation({ ...base, current: stored(), baseRev: 5, patch: { id: 'other', rev: 99, notes: 'z' } });
    expect(r.data.id).toBe('c1');
    expect(r.data.rev).toBeUndefined();
  });

  it('lets a delete win over a concurrent edit', () => {
    const r = mergeMutation({ ...base, op: 'delete', current: stored(), baseRev: 1, patch: { deleted: true, updatedAt: 200 } });
    expect(r.conflicts).toEqual([]);
    expect(r.data.deleted).toBe(true);
    expect(r.fieldRevs.deleted).toEqual({ rev: 6, client: 'B' });
  });

  it('turns an edit based on a revision older than a delete into a conflict on `deleted`', () => {
    const current = stored();
    current.data.deleted = true;
    current.fieldRevs.deleted = { rev: 5, client: 'A' };
    const r = mergeMutation({ ...base, current, baseRev: 1, patch: { notes: 'y', deleted: false, updatedAt: 200 } });
    expect(r.conflicts).toEqual(['deleted']);
    expect(r.data.deleted).toBe(true);
    expect(r.data.notes).toBe('y');
  });

  it('restores a deleted record when the edit is based on the delete', () => {
    const current = stored();
    current.data.deleted = true;
    current.fieldRevs.deleted = { rev: 5, client: 'A' };
    const r = mergeMutation({ ...base, current, baseRev: 5, patch: { deleted: false, updatedAt: 200 } });
    expect(r.conflicts).toEqual([]);
    expect(r.data.deleted).toBe(false);
  });

  it('changes nothing when every value is already the server’s', () => {
    const r = mergeMutation({ ...base, current: stored(), baseRev: 1, patch: { notes: 'x', deleted: false, updatedAt: 100 } });
    expect(r.changed).toBe(false);
  });
});
