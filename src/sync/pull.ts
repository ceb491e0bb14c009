// Brings down the changes made elsewhere, page by page from the stored cursor. The cursor moves
// only once a page is stored, so an interrupted pull resumes where it stopped (pages are
// idempotent: records are whole, applied by revision).
import { territoryLimit } from '../domain/permissions';
import { db } from '../db/database';
import { holdRematch } from '../matching/rematch-hold';
import { ok, type Result } from './errors';
import type { Change, Gone, PullResponse } from '../domain/sync-protocol';
import { applyScope, removeGone, removeOutsideTerritories, storeServerRecords } from './local-apply';
import { PullAhead } from './pull-ahead';
import { deleteKey, listKeys, readKey, writeKey } from './storage';
import type { Transport } from './transport';

export interface PullOutcome {
  received: number;
  /** Records stored although our schema rejects them (shown as unreadable, kept for later). */
  invalid: number;
  /** Records removed because they left the user's territories. */
  removed: number;
  /** Companies received (their business park may need settling). */
  companyIds: string[];
  /** The account's role and territories as the server has them now (an admin may change them). */
  account?: PullResponse['account'];
}

/** Changes and removals of a page in revision order: a record may leave, then come back. */
const inOrder = (changes: Change[], gone: Gone[]) =>
  [...changes.map((change) => ({ rev: change.rev, change })), ...gone.map((g) => ({ rev: g.rev, gone: g }))].sort((a, b) => a.rev - b.rev);

/** One cursor per account: another user on this device sees other territories. */
const cursorKey = (userId: string) => `cursor:${userId}`;
/** The territories the cursor was taken under (the server's scope key); under the cursor prefix. */
const scopeKey = (userId: string) => `cursor:scope:${userId}`;

/**
 * After the local base was wiped or replaced by a backup, what was pulled is no longer here: the
 * next pull starts again from the beginning (already-known records merge as usual).
 */
export async function forgetPullCursors(): Promise<void> {
  for (const key of await listKeys()) if (key.startsWith('cursor:')) await deleteKey(key);
}

export async function readCursor(userId: string): Promise<number> {
  return (await readKey<number>(cursorKey(userId))) ?? 0;
}

/** Records received so far in this pull, and how many the server said were left after them. */
export interface PullProgress {
  received: number;
  remaining: number;
}

export async function pullChanges(
  transport: Transport,
  token: string,
  userId: string,
  limit?: number,
  onProgress?: (progress: PullProgress) => void,
): Promise<Result<PullOutcome>> {
  // The matcher reruns once the last page is stored, not after each page (matching/rematch-hold.ts).
  const release = holdRematch();
  try {
    return await pullPages(transport, token, userId, limit, onProgress);
  } finally {
    release();
  }
}

async function pullPages(
  transport: Transport,
  token: string,
  userId: string,
  limit: number | undefined,
  onProgress: ((progress: PullProgress) => void) | undefined,
): Promise<Result<PullOutcome>> {
  const outcome: PullOutcome = { received: 0, invalid: 0, removed: 0, companyIds: [] };
  const since = await readCursor(userId);
  let known = await readKey<string>(scopeKey(userId));
  // A cursor kept before scopes were sent: '' has the server resend once (a territory may have
  // been added to the account since).
  const ahead = new PullAhead((from, scope) => transport.pull(token, from, limit, scope), since, known ?? (since > 0 ? '' : undefined));
  for (;;) {
    const taken = await ahead.take();
    if (!taken.ok) return taken;
    const pages = taken.value.map((p) => p.page);
    let rescopedTo: string | undefined;
    await db().transaction('rw', applyScope(), async () => {
      // Pages in order, each as it would be stored alone.
      for (const page of pages) {
        // The account's territories changed: the server started again from the beginning.
        const rescoped = page.scope !== undefined && page.scope !== (rescopedTo ?? known);
        if (rescoped) rescopedTo = page.scope;
        if (rescoped && page.account && territoryLimit(page.account))
          outcome.removed += await removeOutsideTerritories(page.account.territoryIds);
        outcome.removed += await storePage(page.changes, page.gone, outcome);
      }
    });
    for (const page of pages) {
      outcome.received += page.changes.length;
      if (page.hasMore && page.remaining !== undefined) onProgress?.({ received: outcome.received, remaining: page.remaining });
      if (page.account) outcome.account = page.account;
    }
    const last = pages[pages.length - 1]!;
    // The cursor moves once the pages are stored, so an interrupted pull resumes after them.
    if (last.cursor > since || rescopedTo !== undefined) await writeKey(cursorKey(userId), last.cursor);
    if (rescopedTo !== undefined) {
      await writeKey(scopeKey(userId), rescopedTo);
      known = rescopedTo;
    }
    if (!last.hasMore) return ok(outcome);
  }
}

/** Inside the pull's transaction: runs of changes between two removals in bulk, a removal in its place. */
async function storePage(changes: Change[], gone: Gone[], outcome: PullOutcome): Promise<number> {
  let removed = 0;
  let run: Change[] = [];
  const storeRun = async () => {
    const outcomes = await storeServerRecords(run.map((c) => ({ table: c.table, record: c.record, rev: c.rev })));
    outcome.invalid += outcomes.filter((o) => o === 'invalid').length;
    run = [];
  };
  for (const item of inOrder(changes, gone)) {
    if ('gone' in item) {
      await storeRun();
      await removeGone(item.gone);
      removed++;
      continue;
    }
    const { table, record } = item.change;
    if (table === 'companies' && typeof record.id === 'string') outcome.companyIds.push(record.id);
    run.push(item.change);
  }
  await storeRun();
  return removed;
}
