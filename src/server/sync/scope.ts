// Who is asking and which territories they may read and write (admin: all of them).
import { createHash } from 'node:crypto';
import { can, type Subject } from '../../domain/permissions';
import type { Role, User } from '../../domain/user';

export interface Scope {
  userId: string;
  /** The user's name, stamped on the history lines and notes they add. */
  name?: string;
  /** Decides who may change a follow-up's decisions; absent = the least rights (an advisor's). */
  role?: Role;
  /** True for admins: every territory, present and future. */
  all: boolean;
  territoryIds: readonly string[];
}

/** What an account may read and write, as every request and live stream of it is scoped. */
export function scopeOfUser(user: Pick<User, 'id' | 'role' | 'territoryIds'> & { name?: string }): Scope {
  return { userId: user.id, name: user.name, role: user.role, all: can(user, 'see every territory'), territoryIds: user.territoryIds };
}

/** The scope as the permissions module asks it: no role means the least rights (an advisor's). */
export function subjectOf(scope: Scope): Subject {
  return { role: scope.role ?? (scope.all ? 'admin' : 'advisor'), territoryIds: scope.territoryIds };
}

export function mayAccess(scope: Scope, territoryId: string): boolean {
  return scope.all || scope.territoryIds.includes(territoryId);
}

/** A record of several territories (a follow-up) is open to a user of any one of them. */
export function mayAccessAny(scope: Scope, territoryIds: readonly string[]): boolean {
  return scope.all || territoryIds.some((t) => scope.territoryIds.includes(t));
}

/** Names the set of territories a cursor was taken under: a new territory means a full resend. */
export function scopeKey(scope: Scope): string {
  if (scope.all) return 'all';
  return createHash('sha256')
    .update([...scope.territoryIds].sort().join('\n'))
    .digest('hex')
    .slice(0, 16);
}
