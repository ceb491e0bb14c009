// Who is signed in on this device. The token and user are kept with idb-keyval so the app stays
// "logged in" offline and across restarts; a 401 only marks the session expired — local data and
// the outbox are never touched by anything in here.
import { newId } from '../domain/ids';
import { LoginRequestSchema, type User } from '../domain/user';
import { fail, ok, type Result } from './errors';
import { observable } from './observable';
import { deleteKey, readKey, writeKey } from './storage';
import type { Transport } from './transport';

export interface StoredSession {
  token: string;
  user: User;
  /** The server refused the token: sync pauses until the user signs in again. */
  expired: boolean;
}

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

const SESSION_KEY = 'session';
const GUEST_KEY = 'guest';
const CLIENT_KEY = 'client-id';

export const session = observable<{ state: SessionState }>({ state: { kind: 'loading' } });

function stateOf(stored: StoredSession | undefined, guest: boolean | undefined): SessionState {
  if (stored) return stored.expired ? { kind: 'expired', user: stored.user } : { kind: 'active', token: stored.token, user: stored.user };
  return guest ? { kind: 'guest' } : { kind: 'none' };
}

/** Reads the stored session (at start-up, and in tests after swapping the store). */
export async function loadSession(): Promise<SessionState> {
  const [stored, guest] = await Promise.all([readKey<StoredSession>(SESSION_KEY), readKey<boolean>(GUEST_KEY)]);
  const state = stateOf(stored, guest);
  session.set({ state });
  return state;
}

export async function login(transport: Transport, email: string, password: string): Promise<Result<User>> {
  const request = LoginRequestSchema.safeParse({ email: email.trim(), password });
  if (!request.success) {
    return fail({ kind: 'http', status: 400, message: request.error.issues[0]?.message ?? 'Saisie invalide' });
  }
  const response = await transport.login(request.data);
  if (!response.ok) return response;
  const stored: StoredSession = { token: response.value.token, user: response.value.user, expired: false };
  await writeKey(SESSION_KEY, stored);
  await deleteKey(GUEST_KEY);
  session.set({ state: stateOf(stored, false) });
  return ok(response.value.user);
}

/** Signs out (revoking the token when the server is reachable). Local data stays on the device. */
export async function logout(transport: Transport): Promise<void> {
  const stored = await readKey<StoredSession>(SESSION_KEY);
  if (stored && !stored.expired) await transport.logout(stored.token);
  await deleteKey(SESSION_KEY);
  session.set({ state: { kind: 'none' } });
}

/** "Continuer sans compte": the app works fully on this device, sync simply does not run. */
export async function continueWithoutAccount(): Promise<void> {
  await writeKey(GUEST_KEY, true);
  const stored = await readKey<StoredSession>(SESSION_KEY);
  session.set({ state: stateOf(stored, true) });
}

export async function markSessionExpired(): Promise<void> {
  const stored = await readKey<StoredSession>(SESSION_KEY);
  if (!stored) return;
  await writeKey(SESSION_KEY, { ...stored, expired: true });
  session.set({ state: { kind: 'expired', user: stored.user } });
}

/** Refreshes the stored user (name, territories) after a successful call to /me. */
export async function updateSessionUser(user: User): Promise<void> {
  const stored = await readKey<StoredSession>(SESSION_KEY);
  if (!stored || stored.expired) return;
  await writeKey(SESSION_KEY, { ...stored, user });
  session.set({ state: stateOf({ ...stored, user }, false) });
}

/** The signed-in session sync may use, or undefined (none, guest or expired). */
export async function activeSession(): Promise<StoredSession | undefined> {
  const stored = await readKey<StoredSession>(SESSION_KEY);
  return stored && !stored.expired ? stored : undefined;
}

/**
 * The user last signed in on this device, even if their session expired: what they do offline is
 * theirs, and is sent once they sign in again.
 */
export async function signedInUser(): Promise<User | undefined> {
  return (await readKey<StoredSession>(SESSION_KEY))?.user;
}

/** This device's id, sent with each push (stable across restarts). */
export async function clientId(): Promise<string> {
  const existing = await readKey<string>(CLIENT_KEY);
  if (existing) return existing;
  const id = newId();
  await writeKey(CLIENT_KEY, id);
  return id;
}

