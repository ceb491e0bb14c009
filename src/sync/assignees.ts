// The people a next action may be assigned to, for the follow-up screens: fetched from the server
// when online and kept on the device (idb-keyval, per account) so the choice works offline.
import { can } from '../domain/permissions';
import { AssigneeListSchema, ASSIGNEES_ROUTE, type Assignee } from '../domain/followup-assignees';
import { fail, MESSAGES, ok, type Result } from './errors';
import { activeSession, signedInUser } from './session';
import { readKey, writeKey } from './storage';
import { errorOf, type FetchLike } from './transport';

const cacheKey = (userId: string) => `assignees:${userId}`;

/** Asks the server for the current list and keeps it; on failure the kept list stays. */
export async function refreshAssignees(fetchImpl: FetchLike = (i, r) => fetch(i, r), baseUrl = ''): Promise<Result<Assignee[]>> {
  const session = await activeSession();
  if (!session) return fail({ kind: 'no-session', message: MESSAGES.noSession });
  let response: Response;
  try {
    response = await fetchImpl(baseUrl + ASSIGNEES_ROUTE, {
      method: 'GET',
      headers: { accept: 'application/json', authorization: `Bearer ${session.token}` },
    });
  } catch {
    return fail({ kind: 'network', message: MESSAGES.network });
  }
  if (!response.ok) return fail(await errorOf(response, true));
  const parsed = AssigneeListSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) return fail({ kind: 'invalid-response', message: MESSAGES.invalidResponse });
  await writeKey(cacheKey(session.user.id), parsed.data);
  return ok(parsed.data);
}

/**
 * The kept list (empty before the first refresh, or when nobody signed in), limited to users of
 * any of `territoryIds` when given — a follow-up's territories.
 */
export async function cachedAssignees(territoryIds?: readonly string[]): Promise<Assignee[]> {
  const user = await signedInUser();
  if (!user) return [];
  const parsed = AssigneeListSchema.safeParse(await readKey(cacheKey(user.id)));
  const list = parsed.success ? parsed.data : [];
  if (!territoryIds) return list;
  return list.filter((a) => can(a, 'access territory', { territoryIds }));
}
