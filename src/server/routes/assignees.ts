// The people a follow-up's next action may be assigned to: users sharing a territory with the
// caller, or with a follow-up the caller follows (one spanning two territories is assigned across
// them); an admin sees everyone. Names and roles only, never e-mails.
import { Hono } from 'hono';
import { ASSIGNEES_ROUTE, type Assignee } from '../../domain/followup-assignees';
import { listUsers } from '../auth/users-repo';
import type { AppEnv, ServerDeps } from '../http/app-env';
import { requireUser } from '../http/require-user';
import type { SqlRunner } from '../store/sql';
import { mayAccessAny } from '../sync/scope';

/** The user's territories and those of every follow-up that shares one with them. */
async function followedTerritories(db: SqlRunner, own: readonly string[]): Promise<string[]> {
  const rows = await db.query<{ t: string }>(
    `SELECT DISTINCT unnest(territory_ids) AS t FROM records WHERE tbl = 'followups' AND territory_ids && $1::text[]`,
    [own],
  );
  return [...new Set([...own, ...rows.map((r) => r.t)])];
}

export { ASSIGNEES_ROUTE };

export function assigneeRoutes(deps: ServerDeps) {
  const routes = new Hono<AppEnv>();
  routes.get('/', requireUser(deps), async (c) => {
    const scope = c.get('scope');
    const reach = { ...scope, territoryIds: await followedTerritories(deps.sql, scope.territoryIds) };
    const assignees: Assignee[] = (await listUsers(deps.sql))
      .filter((u) => u.id === scope.userId || mayAccessAny(reach, u.territoryIds))
      .map(({ id, name, role, territoryIds }) => ({ id, name, role, territoryIds }))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    return c.json(assignees);
  });
  return routes;
}
