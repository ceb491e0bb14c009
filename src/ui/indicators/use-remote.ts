// A server answer the page waits for: loading, failed with a French message, or ready. Refetched
// when `key` changes; `reload()` asks again (after « Clôturer » or a target saved).
import { useEffect, useState } from 'preact/hooks';
import type { Result } from '../../sync/errors';

export type Remote<T> = { status: 'idle' } | { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; value: T };

export function useRemote<T>(load: (() => Promise<Result<T>>) | undefined, key: string): [Remote<T>, () => void] {
  const [state, setState] = useState<Remote<T>>({ status: 'idle' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!load) return setState({ status: 'idle' });
    let cancelled = false;
    setState({ status: 'loading' });
    void load().then((r) => {
      if (!cancelled) setState(r.ok ? { status: 'ready', value: r.value } : { status: 'failed', message: r.error.message });
    });
    return () => {
      cancelled = true;
    };
    // Dependencies chosen on purpose: not every value the effect reads restarts it.
  }, [key, round, load === undefined]);
  return [state, () => setRound((n) => n + 1)];
}
