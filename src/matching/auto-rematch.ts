// Keeps synergies live during a workshop: every write to a company or its flux in this tab (forms,
// imports, sync pulls) is told by the database once committed (db/company-writes.ts); the companies
// touched are rematched ~300 ms after the last write, or after a sync's last page (rematch-hold.ts).
// Call startAutoRematch() once from the app; it returns the stop function. Each tab holds its own
// result in its own worker: the ids touched are also broadcast, so the other tabs of the app
// rematch the same companies (the database only tells this tab of its own writes).
import { db } from '../db/database';
import { onRematchReleased, rematchHeld } from './rematch-hold';
import { rematchAll, rematchCompany } from './store';

const CHANNEL = 'synergies-terrain-rematch';
/** Companies changed at once beyond which one full run is cheaper than an update each (~5 ms each). */
const FULL_RUN_ABOVE = 200;

export interface AutoRematchOptions {
  delayMs?: number;
  onError?: (error: unknown) => void;
}

export function startAutoRematch(options: AutoRematchOptions = {}): () => void {
  const delayMs = options.delayMs ?? 300;
  const database = db();
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL);

  const report = (error: unknown) => {
    if (options.onError) options.onError(error);
    else console.error('Recalcul des synergies impossible', error);
  };
  const flush = async () => {
    timer = undefined;
    // A sync is storing pages: what they touched waits for the last one (onRematchReleased).
    if (rematchHeld()) return;
    const ids = [...pending];
    pending.clear();
    const local = ids.filter((id) => !fromOtherTab.has(id));
    fromOtherTab.clear();
    if (local.length) channel?.postMessage(local);
    if (ids.length > FULL_RUN_ABOVE) {
      // A restore, an import or a first sync: one full run beats thousands of updates.
      try {
        await rematchAll();
      } catch (error) {
        if (!(error instanceof DOMException && error.name === 'AbortError')) report(error);
      }
      return;
    }
    for (const id of ids) {
      if (stopped) return;
      try {
        await rematchCompany(id);
      } catch (error) {
        report(error);
      }
    }
  };
  /** Ids another tab told us of: not sent back. */
  const fromOtherTab = new Set<string>();
  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (!Array.isArray(event.data)) return;
    for (const id of event.data) {
      if (typeof id !== 'string' || pending.has(id)) continue;
      fromOtherTab.add(id);
      touch(id);
    }
  });
  const touch = (companyId: unknown) => {
    if (stopped || typeof companyId !== 'string') return;
    pending.add(companyId);
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void flush(), delayMs);
  };

  // Told after each commit, so the run that follows reads what was written.
  const stopListening = database.onCompanyWrites((ids) => ids.forEach(touch));

  const stopWaiting = onRematchReleased(() => {
    if (pending.size > 0 && timer === undefined) timer = setTimeout(() => void flush(), delayMs);
  });

  return () => {
    stopped = true;
    stopWaiting();
    channel?.close();
    if (timer !== undefined) clearTimeout(timer);
    stopListening();
  };
}
