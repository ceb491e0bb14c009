// The activity log behind « comptes actifs »: a sign-in or a sync is noted once per account, kind
// and UTC day, with the role and territories the account has then. Noting never fails a request: a
// sign-in must not be refused because of a statistic. Removing an account anonymises its rows.
import { randomUUID } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import type { AppEnv, ServerDeps } from '../http/app-env';
import { requireUser } from '../http/require-user';
import type { SqlRunner } from '../store/sql';

export type ActivityKind = 'sign-in' | 'sync';

/** What was already written today, per store: a device syncing every minute costs one row a day. */
const noted = new WeakMap<object, { day: string; keys: Set<string> }>();

export async function recordActivity(db: SqlRunner, userId: string, kind: ActivityKind, at = Date.now()): Promise<void> {
  const day = new Date(at).toISOString().slice(0, 10);
  const key = `${kind}|${userId}`;
  let today = noted.get(db);
  if (today?.day !== day) noted.set(db, (today = { day, keys: new Set() }));
  if (today.keys.has(key)) return;
  await db.query(
    `INSERT INTO user_activity (user_id, kind, day, at, role, territory_ids)
       SELECT u.id, $2, $3::date, $4, u.role,
         ARRAY(SELECT territory_id FROM user_territories ut WHERE ut.user_id = u.id ORDER BY territory_id)
       FROM users u WHERE u.id = $1
     ON CONFLICT DO NOTHING`,
    [userId, kind, day, at],
  );
  today.keys.add(key);
}

/**
 * Before an account is removed: its activity stays (a closed year keeps its active accounts) under
 * a fresh id that leads back to nobody.
 */
export async function anonymiseActivity(db: SqlRunner, userId: string): Promise<void> {
  await db.query('UPDATE user_activity SET user_id = $2 WHERE user_id = $1', [userId, `removed-${randomUUID()}`]);
}

/** Notes the activity, logging rather than throwing on failure. */
export async function noteActivity(deps: ServerDeps, userId: string, kind: ActivityKind): Promise<void> {
  try {
    await recordActivity(deps.sql, userId, kind);
  } catch (error) {
    deps.log('Journal d’activité : écriture impossible', error);
  }
}

/** requireUser, then the sync noted for the signed-in account (push and pull). */
export function requireUserNotingSync(deps: ServerDeps) {
  const signedIn = requireUser(deps);
  return createMiddleware<AppEnv>((c, next) =>
    signedIn(c, async () => {
      await noteActivity(deps, c.get('user').id, 'sync');
      await next();
    }),
  );
}
