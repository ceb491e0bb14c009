// Reads what the matching worker holds (a page of the list, one synergy, a company's synergies)
// and asks again whenever the held result changes (a full run, a company's update): the synergy
// pages' equivalent of useLiveQuery, without a synergies table to watch.
import { useEffect, useState } from 'preact/hooks';
import { onResultsChanged } from '../../matching/store';
import type { LiveResult } from '../hooks/use-live-query';

/** `pending`: the latest question is not answered yet (`data` answers an earlier one). */
export type HeldResult<T> = LiveResult<T> & { pending: boolean };

export function useHeldSynergies<T>(ask: () => Promise<T>, deps: readonly unknown[]): HeldResult<T> {
  const [state, setState] = useState<HeldResult<T>>({ data: undefined, error: undefined, loading: true, pending: true });
  useEffect(() => {
    let latest = 0;
    let alive = true;
    const run = () => {
      // Only the answer to the latest question is shown (a filter typed fast asks several times).
      const asked = ++latest;
      setState((s) => (s.pending ? s : { ...s, pending: true }));
      ask().then(
        (data) => alive && asked === latest && setState({ data, error: undefined, loading: false, pending: false }),
        (error: unknown) =>
          alive &&
          asked === latest &&
          setState((s) => ({ ...s, error: error instanceof Error ? error : new Error(String(error)), loading: false, pending: false })),
      );
    };
    run();
    const stop = onResultsChanged(run);
    return () => {
      alive = false;
      stop();
    };
    // Dependencies chosen on purpose: not every value the effect reads restarts it.
  }, deps);
  // After the commit: what the screen shows is up to date (User Timing mark, read by bench:browser).
  useEffect(() => {
    if (state.data !== undefined && !state.pending) performance.mark?.('synergies:shown');
  }, [state]);
  return state;
}
