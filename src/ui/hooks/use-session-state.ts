// Who is signed in, followed live. Imports the session module alone (not the whole sync client),
// so pages of the first paint (the company list) can use it without growing the initial bundle.
import { useEffect, useState } from 'preact/hooks';
import { session, type SessionState } from '../../sync/session-state';

export function useSession(): SessionState {
  const [state, setState] = useState(session.get().state);
  useEffect(() => {
    setState(session.get().state);
    return session.subscribe((s) => setState(s.state));
  }, []);
  return state;
}
