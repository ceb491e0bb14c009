// Hooks for the sync UI: the engine's status and the session, followed live; a clock for "il y a".
import { useEffect, useState } from 'preact/hooks';
import { session, syncEngine, type SessionState, type SyncStatus } from '../../sync';

export function useSyncStatus(): SyncStatus {
  const engine = syncEngine();
  const [status, setStatus] = useState(engine.status.get());
  useEffect(() => {
    setStatus(engine.status.get());
    return engine.status.subscribe(setStatus);
  }, [engine]);
  return status;
}

export function useSession(): SessionState {
  const [state, setState] = useState(session.get().state);
  useEffect(() => {
    setState(session.get().state);
    return session.subscribe((s) => setState(s.state));
  }, []);
  return state;
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
