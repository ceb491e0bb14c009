// Bearer tokens: random, given to the device once; only their SHA-256 is stored, with an expiry.
import { createHash, randomBytes } from 'node:crypto';
import { signalAccount } from '../live/signals';
import type { SqlRunner } from '../store/sql';

export const SESSION_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

const digest = (token: string): string => createHash('sha256').update(token).digest('hex');

export async function openSession(db: SqlRunner, userId: string, now = Date.now()): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.query('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
    digest(token),
    userId,
    now,
    now + SESSION_DAYS * DAY_MS,
  ]);
  return token;
}

/** The user id behind a token, if it exists and has not expired. */
export async function sessionUser(db: SqlRunner, token: string, now = Date.now()): Promise<string | undefined> {
  const [row] = await db.query<{ user_id: string }>('SELECT user_id FROM sessions WHERE token_hash = $1 AND expires_at > $2', [
    digest(token),
    now,
  ]);
  return row?.user_id;
}

/** When the session behind a token ends (a live stream opened with it is closed then). */
export async function sessionExpiresAt(db: SqlRunner, token: string): Promise<number | undefined> {
  const [row] = await db.query<{ expires_at: number | string }>('SELECT expires_at FROM sessions WHERE token_hash = $1', [digest(token)]);
  return row ? Number(row.expires_at) : undefined;
}

// Each end of a session is signalled, so that a live stream opened with it closes on every server process.
export async function closeSession(db: SqlRunner, token: string): Promise<void> {
  const [row] = await db.query<{ user_id: string }>('DELETE FROM sessions WHERE token_hash = $1 RETURNING user_id', [digest(token)]);
  if (row) await signalAccount(db, row.user_id);
}

/** Logs a user out everywhere (password reset, removal), except on the device holding `keepToken`. */
export async function revokeSessions(db: SqlRunner, userId: string, keepToken?: string): Promise<void> {
  if (keepToken) await db.query('DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2', [userId, digest(keepToken)]);
  else await db.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
  await signalAccount(db, userId);
}
