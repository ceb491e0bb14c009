// Runs the matching on the data in IndexedDB and reads the synergies the worker holds. Nothing
// derived is written back: for a full run the worker reads companies and flux from the base itself,
// matches and keeps the result; pages ask for what they show (querySynergies, getSynergy, companySynergies)
// and follow onResultsChanged. The first read loads the engine when it holds nothing yet. The
// newest full run wins: it cancels the one still matching; a company's update runs after it.
// The list's pages are kept for the next start (start-cache.ts): until this page's first run is
// done, the list is answered from them at once, marked `kept`, and asks again once it is.
import { CompanySchema, FluxSchema, type Synergy } from '../domain';
import { PlaceIndex } from '../domain/company-place';
import { db } from '../db/database';
import { validateRows } from '../db/validated-read';
import { ENGINE_BUILD, EngineNotLoadedError, matchingBridge, resultsChanged, resultsVersion, type Progress } from './bridge';
import type { SynergyQuery } from './held-synergies';
import { keepPage, keptPage, runBasis, type ListPage, type RunBasis } from './start-cache';
import type { CompanyBalances } from '../domain/map/map-lines';
import type { MapLinesPage } from './map-lines';
import type { MatchDiff } from './types';

export { onCompanyUpdated, onResultsChanged, resultsVersion } from './bridge';
export type { SynergyCounts, SynergyPage, SynergyQuery } from './held-synergies';
export type { KeptState, ListPage } from './start-cache';

/**
 * Runs the engine requests one at a time, so a company's update is always computed on the engine
 * state of the latest full run the store knows of.
 */
let chain: Promise<unknown> = Promise.resolve();
function exclusive<T>(run: () => Promise<T>): Promise<T> {
  const next = chain.then(run, run);
  chain = next.catch(() => undefined);
  return next;
}

export interface RematchResult {
  /** Synergies the worker now holds. */
  synergies: number;
}

/** One full run, from reading the base to the worker's answer. */
interface Run {
  /** Aborts the matching when the run is superseded (or its caller gives up). */
  controller: AbortController;
  outcome?: Promise<RematchResult>;
}

/** The newest full run still matching; older ones are cancelled. */
let current: Run | undefined;

/**
 * What the held result was computed from, while it is exactly a full run's on that data: set when
 * a run succeeds, dropped by a company's update (pages answered after it are not kept).
 */
let heldBasis: RunBasis | undefined;

const abortError = () => new DOMException('Calcul des synergies annulé', 'AbortError');
const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

/** Cancels the run in progress, if any, and makes a new one the current one: the newest wins. */
function supersede(signal?: AbortSignal): Run {
  current?.controller.abort();
  const run: Run = { controller: new AbortController() };
  if (signal?.aborted) run.controller.abort();
  signal?.addEventListener('abort', () => run.controller.abort(), { once: true });
  current = run;
  return run;
}

/** Inside exclusive(): the worker reads everything from the base and matches it. */
async function match(run: Run, onProgress?: Progress): Promise<RematchResult> {
  try {
    const { signal } = run.controller;
    if (signal.aborted) throw abortError();
    // Opened (created, upgraded) by Dexie before the worker reads it.
    await db().open();
    if (signal.aborted) throw abortError();
    heldBasis = undefined;
    // Before the worker reads: a write after this moves the token, and nothing is kept then.
    const basis = await runBasis(db());
    if (signal.aborted) throw abortError();
    const matched = await matchingBridge().matchAll({ database: db().name }, { onProgress, signal });
    heldBasis = basis;
    // User Timing (DevTools, bench:browser): the worker's share of a full run.
    performance.mark?.('synergies:matched', { detail: { workerMs: matched.durationMs, ...matched.phases, skipped: matched.skipped } });
    return { synergies: matched.total };
  } catch (error) {
    // Whatever a superseded run failed on, it was cancelled.
    throw run.controller.signal.aborted ? abortError() : error;
  } finally {
    if (current === run) current = undefined;
  }
}

/**
 * Recomputes every synergy from all companies and flux (the "Recalculer" button). Resolves once
 * the worker holds the new result; rejects with an AbortError when a newer full run supersedes it.
 */
export function rematchAll(onProgress?: Progress, signal?: AbortSignal): Promise<RematchResult> {
  const run = supersede(signal);
  run.outcome = exclusive(() => match(run, onProgress));
  return run.outcome;
}

/** Waits for the full run in progress, or starts one: the engine then holds a result. */
async function ensureLoaded(): Promise<void> {
  for (;;) {
    try {
      await (current?.outcome ?? rematchAll());
      return;
    } catch (error) {
      // Superseded: wait for the run that replaced it.
      if (!isAbort(error)) throw error;
    }
  }
}

/** Asks the worker; when it holds nothing yet (first use, restarted), loads it and asks again. */
async function withEngine<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (!(error instanceof EngineNotLoadedError)) throw error;
  }
  await ensureLoaded();
  return ask();
}

/** The run started to replace a kept list (undefined before; its failure is shown by the next ask). */
let refresh: Promise<void> | undefined;
let refreshFailed = false;

/** A kept answer while this page's engine has never held a result (the app just started). */
async function keptAnswer(query: SynergyQuery): Promise<ListPage | undefined> {
  if (resultsVersion() > 0 || refreshFailed) return undefined;
  const page = await keptPage(db(), query, ENGINE_BUILD).catch(() => undefined);
  if (!page || resultsVersion() > 0) return undefined;
  refresh ??= ensureLoaded().catch(() => {
    // Asked again without the kept list, the pages show why the run failed.
    refreshFailed = true;
    resultsChanged();
  });
  return page;
}

/**
 * One page of synergies, filtered and sorted, with the counts per kind and family. With `keep`
 * (the synergies list), the page is kept for the next start of the app, and until this start's
 * first run is done a page kept by the previous one is the answer, marked `kept`.
 */
export async function querySynergies(query: SynergyQuery, options: { keep?: boolean } = {}): Promise<ListPage> {
  if (options.keep) {
    const kept = await keptAnswer(query);
    if (kept) return kept;
  }
  const page = await withEngine(() => matchingBridge().query(query));
  const basis = heldBasis;
  if (options.keep && basis) {
    void keepPage(db(), query, page, basis, ENGINE_BUILD).then(
      () => performance.mark?.('synergies:start-kept'),
      () => undefined,
    );
  }
  return page;
}

/** The map's lines (id, kind, family, score, companies): the query's best `limit`, no full record. */
export function queryMapLines(query: Omit<SynergyQuery, 'offset' | 'limit'>, limit: number): Promise<MapLinesPage> {
  return withEngine(() => matchingBridge().mapLines(query, limit));
}

/** What each company offers and needs, from its live flux (read by the worker: the map's colours). */
export async function companyBalances(): Promise<CompanyBalances> {
  await db().open();
  return matchingBridge().balances(db().name);
}

/** One synergy of the current result, or null when it no longer exists. */
export function getSynergy(id: string): Promise<Synergy | null> {
  return withEngine(() => matchingBridge().get(id));
}

/** Every synergy a company takes part in, best first (score, then distance). */
export function companySynergies(companyId: string): Promise<Synergy[]> {
  return withEngine(() => matchingBridge().byCompany(companyId));
}

/**
 * Recomputes what involves one company after its flux (or itself) changed. Falls back to a full
 * run when the engine has no data yet (first change after the page opened).
 */
export async function rematchCompany(companyId: string, signal?: AbortSignal): Promise<MatchDiff | RematchResult> {
  // User Timing marks (DevTools, bench:browser): from here to the screen showing the change.
  performance.mark?.('synergies:update');
  const outcome = await exclusive(async (): Promise<MatchDiff | undefined> => {
    const database = db();
    const [company, flux, parks] = await Promise.all([
      database.companies.get(companyId),
      database.flux.where('companyId').equals(companyId).toArray(),
      database.parks.toArray(),
    ]);
    // Placed as the full run places it (park's or territory's centre when it has no coordinates).
    const places = new PlaceIndex(parks);
    const placed = company && !company.deleted ? places.placed(company) : undefined;
    const parsed = placed ? CompanySchema.safeParse(placed) : undefined;
    const rows = validateRows(
      FluxSchema,
      flux.filter((f) => !f.deleted),
    ).rows;
    const live = company ? places.widened(company, rows) : rows;
    try {
      const matched = parsed?.success ? { ...parsed.data, placedBy: placed?.placedBy } : undefined;
      heldBasis = undefined;
      return await matchingBridge().updateCompany(companyId, matched, live, { signal });
    } catch (error) {
      if (error instanceof EngineNotLoadedError) return undefined;
      throw error;
    }
  });
  // Not loaded: a full run reads the company's new data with everything else (one queued after
  // this update's turn reads the base after it, so it will do).
  return outcome ?? current?.outcome ?? rematchAll(undefined, signal);
}
