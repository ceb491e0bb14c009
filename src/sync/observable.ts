// A minimal observable value (get, set, subscribe) for state the UI follows: session, sync status.
export interface Observable<T> {
  get(): T;
  set(next: T): void;
  update(change: Partial<T>): void;
  subscribe(listener: (value: T) => void): () => void;
}

export function observable<T extends object>(initial: T): Observable<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  const set = (next: T) => {
    value = next;
    listeners.forEach((l) => l(value));
  };
  return {
    get: () => value,
    set,
    update: (change) => set({ ...value, ...change }),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
