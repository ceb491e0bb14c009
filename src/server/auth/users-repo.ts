// Accounts in SQL: users, their territories, and lookups by e-mail or id.
import { randomUUID } from 'node:crypto';
import type { Role, User } from '../../domain/user';
import type { Sql, SqlRunner } from '../store/sql';
import { hashPassword } from './passwords';
import { signalAccount } from '../live/signals';
import { revokeSessions } from './sessions';
import { anonymiseActivity } from '../indicators/activity';

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  territoryIds: string[];
  password: string;
}

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
  territory_ids: string[] | null;
}

const SELECT_USER = `SELECT u.id, u.email, u.name, u.role, u.password_hash,
  array_remove(array_agg(ut.territory_id ORDER BY ut.territory_id), NULL) AS territory_ids
  FROM users u LEFT JOIN user_territories ut ON ut.user_id = u.id`;

const toUser = (r: UserRow): User & { passwordHash: string } => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  territoryIds: r.territory_ids ?? [],
  passwordHash: r.password_hash,
});

export async function findUserByEmail(db: SqlRunner, email: string) {
  const rows = await db.query<UserRow>(`${SELECT_USER} WHERE u.email = $1 GROUP BY u.id`, [email.toLowerCase()]);
  return rows[0] && toUser(rows[0]);
}

export async function findUserById(db: SqlRunner, id: string) {
  const rows = await db.query<UserRow>(`${SELECT_USER} WHERE u.id = $1 GROUP BY u.id`, [id]);
  return rows[0] && toUser(rows[0]);
}

export async function listUsers(db: SqlRunner): Promise<User[]> {
  const rows = await db.query<UserRow>(`${SELECT_USER} GROUP BY u.id ORDER BY u.email`);
  return rows.map((r) => {
    const { passwordHash: _hidden, ...user } = toUser(r);
    return user;
  });
}

export async function unknownTerritories(db: SqlRunner, ids: readonly string[]): Promise<string[]> {
  const rows = await db.query<{ id: string }>('SELECT id FROM territories');
  const known = new Set(rows.map((r) => r.id));
  return ids.filter((id) => !known.has(id));
}

export async function createUser(sql: Sql, input: NewUser): Promise<User> {
  const id = randomUUID();
  const passwordHash = await hashPassword(input.password);
  const email = input.email.toLowerCase();
  await sql.transaction(async (tx) => {
    await tx.query('INSERT INTO users (id, email, name, role, password_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6)', [
      id,
      email,
      input.name,
      input.role,
      passwordHash,
      Date.now(),
    ]);
    for (const t of input.territoryIds) {
      await tx.query('INSERT INTO user_territories (user_id, territory_id) VALUES ($1, $2)', [id, t]);
    }
  });
  return { id, email, name: input.name, role: input.role, territoryIds: input.territoryIds };
}

/** `keepToken`: an admin resetting their own password stays signed in on the device they use. */
export async function setPassword(db: SqlRunner, userId: string, password: string, keepToken?: string): Promise<void> {
  await db.query('UPDATE users SET password_hash = $2 WHERE id = $1', [userId, await hashPassword(password)]);
  // A new password logs every device out.
  await revokeSessions(db, userId, keepToken);
}

export async function countAdmins(db: SqlRunner): Promise<number> {
  const [row] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM users WHERE role = 'admin'");
  return Number(row?.n ?? 0);
}

export interface UserChanges {
  name?: string;
  role?: Role;
  territoryIds?: string[];
}

/** Thrown inside a transaction so nothing is written when the change would leave no admin. */
export class LastAdminError extends Error {}

// Locking every admin row serialises concurrent demotions and removals: two admins removing each
// other at once cannot both succeed.
async function guardLastAdmin(tx: SqlRunner, userId: string): Promise<void> {
  const admins = await tx.query<{ id: string }>("SELECT id FROM users WHERE role = 'admin' ORDER BY id FOR UPDATE");
  if (admins.length === 1 && admins[0]!.id === userId) throw new LastAdminError('Dernier administrateur');
}

/** Changes name, role or territories; undefined when the account does not exist. */
export async function updateUser(sql: Sql, userId: string, changes: UserChanges): Promise<User | undefined> {
  await sql.transaction(async (tx) => {
    if (changes.role !== undefined && changes.role !== 'admin') await guardLastAdmin(tx, userId);
    if (changes.name !== undefined) await tx.query('UPDATE users SET name = $2 WHERE id = $1', [userId, changes.name]);
    if (changes.role !== undefined) await tx.query('UPDATE users SET role = $2 WHERE id = $1', [userId, changes.role]);
    // Streams opened under the former role or territories close (on every server process).
    if (changes.role !== undefined || changes.territoryIds !== undefined) await signalAccount(tx, userId);
    if (changes.territoryIds !== undefined) {
      await tx.query('DELETE FROM user_territories WHERE user_id = $1', [userId]);
      for (const t of changes.territoryIds) {
        await tx.query('INSERT INTO user_territories (user_id, territory_id) VALUES ($1, $2)', [userId, t]);
      }
    }
  });
  const found = await findUserById(sql, userId);
  if (!found) return undefined;
  const { passwordHash: _hidden, ...user } = found;
  return user;
}

/**
 * Removes an account unless it is the last admin (LastAdminError); its sessions go with it (ON
 * DELETE CASCADE), its activity stays, anonymised, for the indicators of past periods.
 */
export async function removeUserKeepingAdmin(sql: Sql, userId: string): Promise<void> {
  await sql.transaction(async (tx) => {
    await guardLastAdmin(tx, userId);
    await anonymiseActivity(tx, userId);
    await tx.query('DELETE FROM users WHERE id = $1', [userId]);
    await signalAccount(tx, userId);
  });
}
