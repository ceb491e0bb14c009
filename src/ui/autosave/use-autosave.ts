// Autosave for one slot of a record (a field, or a whole form): every change is journaled at once
// (synchronously) and written to IndexedDB after a short pause, on blur, or when the page hides.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ZodError } from 'zod';
import { journalClear, journalRead, journalWrite } from '../../db/draft-journal';
import { formatZodError } from '../../domain/errors';
import type { SyncedTable } from '../../domain/sync-protocol';
import { registerFlush } from './flush-registry';
import { saveStatus } from './save-status';
import { RAW } from '../../db/draft-journal';

export interface AutosaveOptions<T> {
  table: SyncedTable;
  id: string;
  slot: string;
  /** The value currently stored in IndexedDB. */
  stored: T;
  /**
   * Turns the edited value into the patch to save (may throw a ZodError when invalid). `base` is
   * the stored value the edit started from: a form returns only what the user changed from it, so
   * a stale untouched field never overwrites what a colleague's sync brought meanwhile.
   */
  toPatch: (value: T, base: T) => Record<string, unknown>;
  /** Recovers an edited value from a journaled patch. */
  fromPatch: (patch: Record<string, unknown>) => T;
  save: (patch: Record<string, unknown>) => Promise<unknown>;
  delayMs?: number;
}

export function errorMessage(error: unknown): string {
  if (error instanceof ZodError) return formatZodError(error);
  return error instanceof Error ? error.message : String(error);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Three-way merge of an edited object: fields untouched since `base` take the `stored` value. */
export function rebase<T>(edited: T, base: T, stored: T): T {
  if (!isRecord(edited) || !isRecord(base) || !isRecord(stored)) return edited;
  const merged: Record<string, unknown> = { ...edited };
  for (const key of Object.keys(stored)) if (same(edited[key], base[key])) merged[key] = stored[key];
  return merged as T;
}

export function useAutosave<T>(options: AutosaveOptions<T>) {
  const { table, id, slot } = options;
  const [value, setValue] = useState<T>(() => {
    const journaled = journalRead(table, id, slot);
    if (!journaled) return options.stored;
    return RAW in journaled.patch ? (journaled.patch[RAW] as T) : options.fromPatch(journaled.patch);
  });
  const [error, setError] = useState<string | undefined>();
  const latest = useRef({ options, value, base: options.stored, dirty: journalRead(table, id, slot) !== undefined, timer: 0 });
  latest.current.options = options;
  const slotKey = `${table}:${id}:${slot}`;

  const flush = async () => {
    const state = latest.current;
    clearTimeout(state.timer);
    if (!state.dirty) return;
    state.dirty = false;
    const journaled = journalRead(table, id, slot);
    let patch: Record<string, unknown>;
    try {
      patch = state.options.toPatch(state.value, state.base);
    } catch (e) {
      state.dirty = true;
      setError(errorMessage(e));
      saveStatus.invalid(slotKey, true);
      return;
    }
    saveStatus.invalid(slotKey, false);
    saveStatus.started();
    try {
      await state.options.save(patch);
      journalClear(table, id, slot, journaled?.at);
      setError(undefined);
      saveStatus.succeeded();
    } catch (e) {
      state.dirty = true;
      const message = errorMessage(e);
      setError(message);
      saveStatus.failed(message);
    }
  };

  const change = (next: T) => {
    const state = latest.current;
    state.value = next;
    state.dirty = true;
    setValue(next);
    let patch: Record<string, unknown> | undefined;
    try {
      patch = state.options.toPatch(next, state.base);
    } catch {
      patch = undefined;
    }
    // Invalid values (half-typed) are journaled raw so they survive a reload too, and the page
    // stops claiming everything is saved.
    saveStatus.invalid(slotKey, patch === undefined);
    journalWrite(table, id, slot, patch ?? { [RAW]: next });
    clearTimeout(state.timer);
    state.timer = window.setTimeout(() => void flush(), options.delayMs ?? 400);
  };

  // Follow the stored value (another tab, a sync pull). While an edit is pending, a form keeps the
  // fields the user changed and takes the new stored value of every other field.
  useEffect(() => {
    const state = latest.current;
    const next = state.dirty ? rebase(state.value, state.base, options.stored) : options.stored;
    state.base = options.stored;
    state.value = next;
    setValue(next);
  }, [JSON.stringify(options.stored)]);

  useEffect(() => {
    const unregister = registerFlush(flush);
    if (latest.current.dirty) void flush();
    return () => {
      unregister();
      void flush().finally(() => saveStatus.invalid(slotKey, false));
    };
  }, [table, id, slot]);

  return { value, change, flush, error };
}
