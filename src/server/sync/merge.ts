// Pure merge of one pushed mutation into the server's copy of a record, field by field.
//
// Rules (also in the README):
// - A field conflicts when it was last written after the mutation's baseRev, by another client,
//   and the pushed value differs from the server's. Conflicting fields keep the server value; all
//   other fields of the patch are applied, so edits to different fields from two devices merge.
// - A delete always wins: the record becomes a tombstone (`deleted: true`) whatever was edited
//   concurrently. An edit based on a revision older than the delete arrives with `deleted: false`,
//   which is then a conflict on `deleted`: the tombstone stays, the edit's other fields are kept
//   in it, and the user sees both versions and may restore (an upsert with a fresh baseRev).
// - A null in a patch clears the field (the record no longer has it).

export interface FieldWrite {
  rev: number;
  client: string;
}
export type FieldRevs = Record<string, FieldWrite>;

export interface StoredRecord {
  data: Record<string, unknown>;
  rev: number;
  fieldRevs: FieldRevs;
}

export interface MergeInput {
  current: StoredRecord | undefined;
  recordId: string;
  op: 'upsert' | 'delete';
  patch: Record<string, unknown>;
  baseRev: number;
  clientId: string;
  /** The revision this write will get if anything changes. */
  newRev: number;
}

export interface MergeResult {
  /** The record after the merge, before schema validation. */
  data: Record<string, unknown>;
  fieldRevs: FieldRevs;
  /** Fields written concurrently by another client, where the server value was kept. */
  conflicts: string[];
  /** False when the mutation changes nothing (same values): no new revision is taken. */
  changed: boolean;
}

/** Managed by the server: never taken from a patch, never a conflict. */
const SERVER_FIELDS = new Set(['id', 'rev']);
/** Bumped by every edit on every device: the latest wins instead of conflicting. */
const TIMESTAMP_FIELD = 'updatedAt';

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export function mergeMutation(input: MergeInput): MergeResult {
  const { current, patch, baseRev, clientId, newRev } = input;
  const data: Record<string, unknown> = { ...(current?.data ?? {}) };
  const fieldRevs: FieldRevs = { ...(current?.fieldRevs ?? {}) };
  const conflicts: string[] = [];
  let changed = current === undefined;
  const write = (field: string, value: unknown) => {
    if (current && sameValue(data[field], value)) return;
    data[field] = value;
    fieldRevs[field] = { rev: newRev, client: clientId };
    changed = true;
  };

  for (const [field, sent] of Object.entries(patch)) {
    if (SERVER_FIELDS.has(field)) continue;
    // null is how a device says it cleared an optional field (JSON cannot carry undefined).
    const value = sent === null ? undefined : sent;
    if (field === TIMESTAMP_FIELD) {
      const known = typeof data[field] === 'number' ? (data[field] as number) : 0;
      if (typeof value !== 'number' || value > known || !current) write(field, value);
      continue;
    }
    if (field === 'deleted' && input.op === 'delete') continue;
    const last = current ? fieldRevs[field] : undefined;
    const concurrent = last !== undefined && last.rev > baseRev && last.client !== clientId;
    if (concurrent && !sameValue(data[field], value)) {
      conflicts.push(field);
      continue;
    }
    write(field, value);
  }
  if (input.op === 'delete') write('deleted', true);
  // A record always carries its own id, whatever the patch said.
  data.id = input.recordId;
  return { data, fieldRevs, conflicts, changed };
}
