// Who is signed in on this device. The token and user are kept with idb-keyval so the app stays
// "logged in" offline and across restarts; a 401 only marks the session expired — local data and
// the outbox are never touched by anything in here. Each account has its own local database
// (src/db/account-databases.ts): a session is used for sync only while the database open in this
// page is its own, so one person's records never leave under another's account.
import { accountKey, activeDatabase, claimDatabase, leaveAccount, readRegistry } from '../db/account-databases';
import { db } from '../db/database';
import { newId } from '../domain/ids';
import { LoginRequestSchema, type User } from '../domain/user';
import { fail, ok, type Result } from './errors';
import { session, type SessionState } from './session-state';
import { deleteKey, readKey, writeKey } from './storage';
import type { Transport } from './transport';

export interface StoredSession {
  token: string;
  user: User;
  /** The server refused the token: sync pauses until the user signs in again. */
  expired: boolean;
}

const SESSION_KEY = 'session';
const GUEST_KEY = 'guest';
const CLIENT_KEY = 'client-id';

export { session, type SessionState } from './session-state';

/** Whether the database open in this page belongs to `user` (a test's own database always does). */
export function databaseBelongsTo(user: User): boolean {
  const owner = db().owner;
  return owner === undefined || owner === accountKey(user.id);
}

/**
 * True when this page shows another database than the one of whoever is signed in now (they just
 * signed in or out, here or in another tab): the app must reload to open the right one.
 */
export function databaseSwitchPending(): boolean {
  const open = db();
  return open.owner !== undefined && (open.name !== activeDatabase().name || open.owner !== readRegistry().active);
}

/** Makes the signed-in user's database the active one; taken over in place when it is the one open. */
function enterAccount(user: User): void {
  const name = claimDatabase(user.id);
  const open = db();
  if (open.owner !== undefined && open.name === name) open.owner = accountKey(user.id);
}

/** Keeps the registry of databases in step with the stored session (another tab, an old release). */
function reconcileDatabase(stored: StoredSession | undefined): void {
  const active = readRegistry().active;
  if (stored && active !== accountKey(stored.user.id)) enterAccount(stored.user);
  else if (!stored && active !== null) leaveAccount();
}

function stateOf(stored: StoredSession | undefined, guest: boolean | undefined): SessionState {
  if (stored) return stored.expired ? { kind: 'expired', user: stored.user } : { kind: 'active', token: stored.token, user: stored.user };
  return guest ? { kind: 'guest' } : { kind: 'none' };
}

/** Reads the stored session (at start-up, and in tests after swapping the store). */
export async function loadSession(): Promise<SessionState> {
  const [stored, guest] = await Promise.all([readKey<StoredSession>(SESSION_KEY), readKey<boolean>(GUEST_KEY)]);
  reconcileDatabase(stored);
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
  enterAccount(stored.user);
  session.set({ state: stateOf(stored, false) });
  return ok(response.value.user);
}

/**
 * Signs out (revoking the token when the server is reachable). The account's data and unsent
 * changes stay in its own database, hidden until the same person signs in again on this device.
 */
export async function logout(transport: Transport): Promise<void> {
  const stored = await readKey<StoredSession>(SESSION_KEY);
  if (stored && !stored.expired) await transport.logout(stored.token);
  await deleteKey(SESSION_KEY);
  leaveAccount();
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

/**
 * The signed-in session sync may use, or undefined (none, guest, expired, or this page still has
 * another person's database open: it is about to reload, and must not send their changes).
 */
export async function activeSession(): Promise<StoredSession | undefined> {
  const stored = await readKey<StoredSession>(SESSION_KEY);
  return stored && !stored.expired && databaseBelongsTo(stored.user) ? stored : undefined;
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
