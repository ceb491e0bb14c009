// Who is signed in, as the UI follows it: the observable alone, with no storage or network code,
// so the pages of the first paint can read it without loading the sync client.
import type { User } from '../domain/user';
import { observable } from './observable';

/**
 * none: never signed in nor chose to work without an account (show the login page);
 * guest: works without an account, no sync; active: signed in; expired: must sign in again.
 */
export type SessionState =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'guest' }
  | { kind: 'active'; token: string; user: User }
  | { kind: 'expired'; user: User };

export const session = observable<{ state: SessionState }>({ state: { kind: 'loading' } });
