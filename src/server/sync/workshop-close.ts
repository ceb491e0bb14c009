// Closing a workshop from two devices (one of them offline) converges: the first closing time the
// server received stays, and a later one is not a conflict — both devices meant the same thing.
// (Closing again to add leads found since only writes follow-ups, never the workshop.)
import type { Mutation } from '../../domain/sync-protocol';
import type { StoredRecord } from './merge';

export function keepFirstClose(m: Mutation, current: StoredRecord | undefined): Mutation {
  if (m.table !== 'workshops' || !current || typeof current.data.closedAt !== 'number' || !('closedAt' in m.patch)) return m;
  const { closedAt: _later, ...patch } = m.patch;
  return { ...m, patch };
}
