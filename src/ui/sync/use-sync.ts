// Hooks for the sync UI: the engine's status and the session, followed live; a clock for "il y a".
import { useEffect, useState } from 'preact/hooks';
import { syncEngine, type SyncStatus } from '../../sync';

export { useSession } from '../hooks/use-session-state';

export function useSyncStatus(): SyncStatus {
  const engine = syncEngine();
  const [status, setStatus] = useState(engine.status.get());
  useEffect(() => {
    setStatus(engine.status.get());
    return engine.status.subscribe(setStatus);
  }, [engine]);
  return status;
}

/** The current time, refreshed every `everyMs` so relative times stay true. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}

export const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
