// The reference step of a sync cycle: send the park proposals typed here, pull the territories and
// parks changed since this account's cursor, then bring the companies in line with the list
// (typed names matched or proposed, merges and renames followed), and send any new proposal.
import { can } from '../domain/permissions';
import { markProposalRefused, pendingProposals, storeParks, storeReference } from '../db/parks';
import { reconcileCompanyParks } from '../db/parks-reconcile';
import type { User } from '../domain/user';
import { ok, type Result, type SyncError } from './errors';
import type { ReferenceApi } from './reference-api';

export { referenceApi } from './reference-api';
import { readKey, writeKey } from './storage';

interface ReferenceCursor {
  cursor: number;
  scope: string;
}

// Under the records' cursor prefix on purpose: forgetPullCursors() (a wiped or restored device)
// then starts the reference pull over too.
const cursorKey = (userId: string) => `cursor:reference:${userId}`;

export interface ReferenceOutcome {
  territories: number;
  parks: number;
  proposalsSent: number;
  companiesUpdated: number;
}

/** 4xx other than 401: the server will never accept this proposal as it is. */
const isRefusal = (e: SyncError) => e.kind === 'http' && e.status !== undefined && e.status >= 400 && e.status < 500 && e.status !== 401;

async function sendProposals(api: ReferenceApi): Promise<Result<number>> {
  let sent = 0;
  for (const p of await pendingProposals()) {
    const result = await api.propose({ id: p.id, territoryId: p.territoryId, name: p.name, ...(p.review ? { review: true } : {}) });
    if (result.ok) {
      await storeParks([result.value.park]);
      sent++;
    } else if (isRefusal(result.error)) {
      await markProposalRefused(p.id, result.error.serverMessage ?? result.error.message);
    } else {
      return result;
    }
  }
  return ok(sent);
}

/** Accounts whose companies were all checked against the park list since the app started. */
const checkedAll = new Set<string>();

/**
 * `touched`: the companies the sync cycle sent or received. Without a change to the park list,
 * only those can need settling (every local write goes through the outbox, every colleague's
 * arrives by the pull), so the others are not read again; the first cycle after start reads all.
 */
export async function syncReference(
  api: ReferenceApi,
  user: User,
  touched?: { companyIds: readonly string[] },
): Promise<Result<ReferenceOutcome>> {
  const first = await sendProposals(api);
  if (!first.ok) return first;
  const known = (await readKey<ReferenceCursor>(cursorKey(user.id))) ?? { cursor: 0, scope: '' };
  const pulled = await api.pull(known.cursor, known.scope);
  if (!pulled.ok) return pulled;
  await storeReference(pulled.value);
  await writeKey(cursorKey(user.id), { cursor: pulled.value.cursor, scope: pulled.value.scope });

  const inScope = (territoryId: string) => can(user, 'access territory', { territoryId });
  const listChanged = pulled.value.parks.length > 0 || pulled.value.territories.length > 0;
  const all = !touched || listChanged || !checkedAll.has(user.id);
  const reconciled = await reconcileCompanyParks(inScope, user.id, all ? undefined : touched.companyIds);
  if (all) checkedAll.add(user.id);
  const second = reconciled.proposed > 0 ? await sendProposals(api) : ok(0);
  if (!second.ok) return second;
  return ok({
    territories: pulled.value.territories.length,
    parks: pulled.value.parks.length,
    proposalsSent: first.value + second.value,
    companiesUpdated: reconciled.updated,
  });
}
