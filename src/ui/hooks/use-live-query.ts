// Re-renders a component whenever the IndexedDB data its query reads changes (Dexie liveQuery),
// in this tab or another one.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export interface LiveResult<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
}

export function useLiveQuery<T>(query: () => Promise<T> | T, deps: readonly unknown[]): LiveResult<T> {
  const [state, setState] = useState<LiveResult<T>>({ data: undefined, error: undefined, loading: true });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (data) => setState({ data, error: undefined, loading: false }),
      error: (error: unknown) =>
        setState((s) => ({ ...s, error: error instanceof Error ? error : new Error(String(error)), loading: false })),
    });
    return () => subscription.unsubscribe();
    // Dependencies chosen on purpose: not every value the effect reads restarts it.
  }, deps);
  return state;
}
