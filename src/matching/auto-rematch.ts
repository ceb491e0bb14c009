// Keeps synergies live during a workshop: every write to a company or its flux in this tab (forms,
// imports, sync pulls) is caught by Dexie table hooks; the companies touched are rematched ~300 ms
// after the last write. Call startAutoRematch() once from the app; it returns the stop function.
// Other tabs run their own scheduler, and the synergy list follows their writes via liveQuery.
import { db } from '../db/database';
import { rematchCompany } from './store';

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

  const flush = async () => {
    timer = undefined;
    const ids = [...pending];
    pending.clear();
    for (const id of ids) {
      if (stopped) return;
      try {
        await rematchCompany(id);
      } catch (error) {
        if (options.onError) options.onError(error);
        else console.error('Recalcul des synergies impossible', error);
      }
    }
  };
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
    if (timer !== undefined) clearTimeout(timer);
    database.flux.hook('creating').unsubscribe(fluxCreated);
    database.flux.hook('updating').unsubscribe(fluxUpdated);
    database.flux.hook('deleting').unsubscribe(fluxDeleted);
    database.companies.hook('creating').unsubscribe(companyCreated);
    database.companies.hook('updating').unsubscribe(companyUpdated);
    database.companies.hook('deleting').unsubscribe(companyDeleted);
  };
}
