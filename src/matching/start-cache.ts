// The synergies list kept for the next start of the app: the last pages the list showed, with what
// they were computed from — the data's change token (db/data-revision.ts) and stamp (row counts,
// latest change dates) taken before the worker read the base, and the build of the matching code.
// At start the list shows a kept page at once, as current only when all three still match, while
// the worker matches everything again; its answer then replaces it. Kept in an IndexedDB database
// of its own (idb-keyval): derived data never goes into the app's database.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { bumpDataRevision, dataRevisionKey } from '../db/data-revision';
import type { SynergiesDB } from '../db/database';
import type { SynergyPage, SynergyQuery } from './held-synergies';

/** What a full run was computed from. */
export interface RunBasis {
  /** The data's change token when the run started (undefined: no localStorage, never current). */
  revision: string | undefined;
  /** Row counts and latest change dates of the matched tables, read just after the token. */
  stamp: string;
  /** When the run started (ms since 1970): the date a kept page says it was computed. */
  at: number;
}

/** A page shown from what was kept: `current` when the data and the matching code are unchanged. */
export interface KeptState {
  current: boolean;
  /** When the kept page's run started (ms since 1970). */
  computedAt: number;
}
export type ListPage = SynergyPage & { kept?: KeptState };

interface Kept extends RunBasis {
  engine: string;
  /** Newest first. */
  pages: { key: string; page: SynergyPage }[];
}

/** Pages kept per database: the list with and without a filter or two. */
const KEPT_PAGES = 6;
/** Longer pages (a company's whole list) are not worth keeping. */
const KEPT_LIMIT = 100;

let store: UseStore | undefined;
const kept = () => (store ??= createStore('synergies-terrain-kept', 'lists'));

const keyOf = (query: SynergyQuery) => JSON.stringify(query);

/** The database's change token now; undefined without localStorage (nothing is then current). */
function dataRevision(database: string): string | undefined {
  try {
    return localStorage.getItem(dataRevisionKey(database)) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Row counts and latest change dates of the matched tables: catches writes the token missed. */
async function readStamp(database: SynergiesDB): Promise<string> {
  const { companies, flux, parks } = database;
  const stamp = await database.transaction('r', [companies, flux, parks], () =>
    Promise.all([
      companies.count(),
      flux.count(),
      parks.count(),
      companies.orderBy('updatedAt').lastKey(),
      flux.orderBy('updatedAt').lastKey(),
    ]),
  );
  return JSON.stringify(stamp);
}

/** The token, then the stamp: a write after the token moves it, so the pair never overstates. */
export async function runBasis(database: SynergiesDB): Promise<RunBasis> {
  // No token yet (data written before tokens existed, storage cleared): one starts here.
  if (dataRevision(database.name) === undefined) bumpDataRevision(database.name);
  const revision = dataRevision(database.name);
  const at = Date.now();
  return { revision, stamp: await readStamp(database), at };
}

/** The kept answer to exactly this query, with whether it is still current; undefined if none. */
export async function keptPage(database: SynergiesDB, query: SynergyQuery, engine: string): Promise<ListPage | undefined> {
  const entry = await get<Kept>(database.name, kept());
  const key = keyOf(query);
  const page = entry?.pages.find((p) => p.key === key)?.page;
  if (!entry || !page) return undefined;
  const unchanged =
    entry.engine === engine &&
    entry.revision !== undefined &&
    entry.revision === dataRevision(database.name) &&
    entry.stamp === (await readStamp(database));
  return { ...page, kept: { current: unchanged, computedAt: entry.at } };
}

let writing: Promise<unknown> = Promise.resolve();

/**
 * Keeps `page`, the answer to `query` from the result of a run computed on `basis`, for the next
 * start — only while no write has moved the token since that run read the base (its answer is then
 * exactly what a full run on today's data gives). Resolves once written (or skipped).
 */
export function keepPage(database: SynergiesDB, query: SynergyQuery, page: SynergyPage, basis: RunBasis, engine: string): Promise<void> {
  if ((query.limit ?? 50) > KEPT_LIMIT || basis.revision === undefined) return Promise.resolve();
  const key = keyOf(query);
  const next = writing.then(async () => {
    if (dataRevision(database.name) !== basis.revision) return;
    const entry = await get<Kept>(database.name, kept());
    const same = entry && entry.engine === engine && entry.revision === basis.revision && entry.stamp === basis.stamp;
    const others = same ? entry.pages.filter((p) => p.key !== key) : [];
    const pages = [{ key, page }, ...others].slice(0, KEPT_PAGES);
    await set(database.name, { ...basis, engine, pages } satisfies Kept, kept());
  });
  writing = next.catch(() => undefined);
  return next;
}

/** Forgets the pages kept for a database (its data was wiped: nothing of it may show again). */
export async function forgetKeptPages(database: SynergiesDB): Promise<void> {
  await writing;
  await del(database.name, kept());
}
