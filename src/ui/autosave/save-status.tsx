// The app-wide "saved" state shown to the user: saving, saved at hh:mm, or why not saved. A field
// holding a value that cannot be saved (invalid) outranks an earlier success: « ✓ Enregistré »
// must never show while something typed is not in the database.
import { useEffect, useState } from 'preact/hooks';

export interface SaveStatus {
  pending: number;
  savedAt?: number;
  error?: string;
  /** Autosave slots currently holding an invalid, unsaved value. */
  invalid: ReadonlySet<string>;
}

let status: SaveStatus = { pending: 0, invalid: new Set() };
const listeners = new Set<(s: SaveStatus) => void>();
const set = (next: SaveStatus) => {
  status = next;
  listeners.forEach((l) => l(status));
};

export const saveStatus = {
  started: () => set({ ...status, pending: status.pending + 1 }),
  succeeded: () => set({ ...status, pending: Math.max(0, status.pending - 1), savedAt: Date.now(), error: undefined }),
  failed: (error: string) => set({ ...status, pending: Math.max(0, status.pending - 1), error }),
  /** A slot holds an invalid value (true) or a valid one again / went away (false). */
  invalid: (slot: string, invalid: boolean) => {
    if (status.invalid.has(slot) === invalid) return;
    const next = new Set(status.invalid);
    if (invalid) next.add(slot);
    else next.delete(slot);
    set({ ...status, invalid: next });
  },
  get: () => status,
};

export function useSaveStatus(): SaveStatus {
  const [s, setS] = useState(status);
  useEffect(() => {
    listeners.add(setS);
    return () => void listeners.delete(setS);
  }, []);
  return s;
}

export function SaveIndicator() {
  const s = useSaveStatus();
  if (s.pending > 0) return <span class="save-indicator saving">Enregistrement…</span>;
  if (s.invalid.size > 0) {
    return (
      <span class="save-indicator failed" role="alert" data-testid="unsaved">
        ⚠ Non enregistré : corrigez la valeur
      </span>
    );
  }
  if (s.error)
    return (
      <span class="save-indicator failed" role="alert">
        ⚠ Non enregistré : {s.error}
      </span>
    );
  if (s.savedAt) {
    const time = new Date(s.savedAt).toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
    return (
      <span class="save-indicator saved" data-testid="saved">
        ✓ Enregistré à {time}
      </span>
    );
  }
  return <span class="save-indicator">Enregistrement automatique</span>;
}
