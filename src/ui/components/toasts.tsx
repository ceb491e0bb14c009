// Short messages at the bottom of the screen, with an optional action such as "Annuler".
import { useEffect, useState } from 'preact/hooks';

export interface Toast {
  id: number;
  message: string;
  kind: 'info' | 'error';
  action?: { label: string; run: () => void | Promise<void> };
}

type Listener = (toasts: Toast[]) => void;
let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<Listener>();
const emit = () => listeners.forEach((l) => l(toasts));

export function dismissToast(id: number): void {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

/** Shows a message for a few seconds (longer when it offers an action). */
export function showToast(message: string, options: Omit<Toast, 'id' | 'message' | 'kind'> & { kind?: Toast['kind'] } = {}): number {
  const toast: Toast = { id: nextId++, message, kind: options.kind ?? 'info', action: options.action };
  toasts = [...toasts.slice(-2), toast];
  emit();
  setTimeout(() => dismissToast(toast.id), toast.action ? 8000 : 4000);
  return toast.id;
}

export function Toasts() {
  const [list, setList] = useState<Toast[]>(toasts);
  useEffect(() => {
    listeners.add(setList);
    return () => void listeners.delete(setList);
  }, []);
  return (
    <div class="toasts" role="status" aria-live="polite">
      {list.map((t) => (
        <div key={t.id} class={`toast toast-${t.kind}`}>
          <span>{t.message}</span>
          {t.action && (
            <button
              type="button"
              class="btn btn-light"
              onClick={async () => {
                dismissToast(t.id);
                await t.action!.run();
              }}
            >
              {t.action.label}
            </button>
          )}
          <button type="button" class="btn-icon" aria-label="Fermer" onClick={() => dismissToast(t.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
