// Keeps synergies live during a workshop: every write to a company or its flux in this tab (forms,
// imports, sync pulls) is caught by Dexie table hooks; the companies touched are rematched ~300 ms
// after the last write. Call startAutoRematch() once from the app; it returns the stop function.
// Each tab holds its own result in its own worker: the ids touched are also broadcast, so the
// other tabs of the app rematch the same companies (Dexie hooks only see this tab's writes).
import { db } from '../db/database';
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

  // Hooks run inside the writing transaction; the debounce lets it commit before we read.
  const fluxCreated = (_key: unknown, flux: { companyId?: unknown }) => touch(flux.companyId);
  const fluxUpdated = (_mods: unknown, _key: unknown, flux: { companyId?: unknown }) => touch(flux.companyId);
  const fluxDeleted = (_key: unknown, flux: { companyId?: unknown }) => touch(flux?.companyId);
  const companyCreated = (key: unknown) => touch(key);
  const companyUpdated = (_mods: unknown, key: unknown) => touch(key);
  const companyDeleted = (key: unknown) => touch(key);

  database.flux.hook('creating', fluxCreated);
  database.flux.hook('updating', fluxUpdated);
  database.flux.hook('deleting', fluxDeleted);
  database.companies.hook('creating', companyCreated);
  database.companies.hook('updating', companyUpdated);
  database.companies.hook('deleting', companyDeleted);

  return () => {
    stopped = true;
    channel?.close();
    if (timer !== undefined) clearTimeout(timer);
    database.flux.hook('creating').unsubscribe(fluxCreated);
    database.flux.hook('updating').unsubscribe(fluxUpdated);
    database.flux.hook('deleting').unsubscribe(fluxDeleted);
    database.companies.hook('creating').unsubscribe(companyCreated);
    database.companies.hook('updating').unsubscribe(companyUpdated);
    database.companies.hook('deleting').unsubscribe(companyDeleted);
  };
}
