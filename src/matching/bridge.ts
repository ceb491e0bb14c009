// Page side of the matching worker. The one owner of the worker's life: started lazily on the first
// call, requests queued and answered by id, cancellable with an AbortSignal (a running request is
// cancelled by terminating the worker, and the synergies it held with it), and the engine run on
// the main thread where Worker is unavailable (tests, old browsers) or fails to start. The worker
// holds the synergies; query/get/byCompany read them. Every change of what it holds (a full run
// matched, a company's diff) bumps a version that pages subscribe to, to ask again.
import { formatZodError, type Synergy } from '../domain';
import type { SynergyPage, SynergyQuery } from './held-synergies';
import type { CompanyBalances } from '../domain/map/map-lines';
import type { MapLinesPage } from './map-lines';
import { WorkerResponseSchema, type MatchedResponse, type WorkerRequest, type WorkerResponse } from './protocol';
import type { MatchCompany, MatchDiff, MatchFlux, MatchInput } from './types';
import { createWorkerHandler, type WorkerHandler } from './worker-handler';

export type Progress = (done: number, total: number) => void;

/** The engine lost its data (first call, or the worker was restarted): run a full match first. */
export class EngineNotLoadedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineNotLoadedError';
  }
}

interface Pending {
  request: WorkerRequest;
  resolve: (response: WorkerResponse) => void;
  reject: (error: Error) => void;
  onProgress?: Progress;
  signal?: AbortSignal;
}

export type MatchedRun = Omit<MatchedResponse, 'id' | 'type'>;

type Listener = (version: number) => void;
const listeners = new Set<Listener>();
let version = 0;

/** Increases each time the held synergies change (whatever bridge holds them). */
export function resultsVersion(): number {
  return version;
}

/** Calls `listener` after every change of the held synergies; returns the unsubscribe function. */
export function onResultsChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells the pages to ask again (also when a run they waited for in the background failed). */
export function resultsChanged(): void {
  version++;
  for (const listener of [...listeners]) listener(version);
}

const companyListeners = new Set<() => void>();
/**
 * Calls `listener` after every company's update, even one that changed no synergy: its flux may
 * still have changed what it offers or needs (the map's colours). Returns the unsubscribe function.
 */
export function onCompanyUpdated(listener: () => void): () => void {
  companyListeners.add(listener);
  return () => companyListeners.delete(listener);
}

const abortError = () => new DOMException('Calcul des synergies annulé', 'AbortError');

/**
 * The build of the matching code: this module's URL, whose hashed chunk name holds the worker's
 * (so it changes whenever the rules, the vocabulary or the worker change). What was kept from an
 * earlier build is never shown as current (start-cache.ts).
 */
export const ENGINE_BUILD = import.meta.url;

export class MatchBridge {
  private worker: Worker | undefined;
  private mainThread: WorkerHandler | undefined;
  private readonly queue: Pending[] = [];
  private running: Pending | undefined;
  private nextId = 1;

  constructor(private readonly options: { forceMainThread?: boolean } = {}) {}

  /**
   * Runs the matching on the data given, or on the app's IndexedDB `database` (read by the worker
   * itself); resolves with the counts once the worker holds the new synergies.
   */
  matchAll(
    input: MatchInput | { database: string },
    opts: { onProgress?: Progress; signal?: AbortSignal; topN?: number; now?: number } = {},
  ): Promise<MatchedRun> {
    const source = 'database' in input ? { database: input.database } : { companies: [...input.companies], flux: [...input.flux] };
    const request = { id: this.nextId++, type: 'match-all' as const, ...source, topN: opts.topN, now: opts.now ?? Date.now() };
    return this.call(request, opts).then((r) => {
      const { id: _, type: __, ...matched } = r as MatchedResponse;
      resultsChanged();
      return matched;
    });
  }

  /** One page of the held synergies, filtered and sorted, with counts. */
  query(query: SynergyQuery): Promise<SynergyPage> {
    return this.call({ id: this.nextId++, type: 'query', query }, {}).then((r) => {
      const { id: _, type: __, ...page } = r as Extract<WorkerResponse, { type: 'results' }>;
      return page;
    });
  }

  /** The map's lines: the query's best `limit`, only what the map draws. */
  mapLines(query: Omit<SynergyQuery, 'offset' | 'limit'>, limit: number): Promise<MapLinesPage> {
    return this.call({ id: this.nextId++, type: 'map-lines', query, limit }, {}).then((r) => {
      const { id: _, type: __, ...page } = r as Extract<WorkerResponse, { type: 'map-lines' }>;
      return page;
    });
  }

  /** What each company of the IndexedDB `database` offers and needs (the map's colours). */
  balances(database: string): Promise<CompanyBalances> {
    return this.call({ id: this.nextId++, type: 'balances', database }, {}).then((r) => {
      const { id: _, type: __, ...balances } = r as Extract<WorkerResponse, { type: 'balances' }>;
      return balances;
    });
  }

  /** One held synergy, or null when the current result has no such id. */
  get(synergyId: string): Promise<Synergy | null> {
    return this.call({ id: this.nextId++, type: 'get', synergyId }, {}).then(
      (r) => (r as Extract<WorkerResponse, { type: 'synergy' }>).synergy,
    );
  }

  /** Every held synergy a company takes part in, best first. */
  byCompany(companyId: string): Promise<Synergy[]> {
    return this.call({ id: this.nextId++, type: 'by-company', companyId }, {}).then(
      (r) => (r as Extract<WorkerResponse, { type: 'company-synergies' }>).items,
    );
  }

  updateCompany(
    companyId: string,
    company: MatchCompany | undefined,
    flux: readonly MatchFlux[],
    opts: { signal?: AbortSignal; now?: number } = {},
  ): Promise<MatchDiff> {
    const request = {
      id: this.nextId++,
      type: 'update-company' as const,
      companyId,
      company: company ?? null,
      flux: [...flux],
      now: opts.now ?? Date.now(),
    };
    return this.call(request, opts).then((r) => {
      const diff = r as Extract<WorkerResponse, { type: 'diff' }>;
      if (diff.removed.length || diff.upserted.length) resultsChanged();
      for (const listener of [...companyListeners]) listener();
      return { removed: diff.removed, upserted: diff.upserted };
    });
  }

  /** Stops the worker; queued calls are rejected. The next call starts a fresh one. */
  dispose(): void {
    for (const p of this.queue.splice(0)) p.reject(abortError());
    this.running?.reject(abortError());
    this.running = undefined;
    this.stopWorker();
  }

  private call(request: WorkerRequest, opts: { onProgress?: Progress; signal?: AbortSignal }): Promise<WorkerResponse> {
    return new Promise((resolve, reject) => {
      if (opts.signal?.aborted) return reject(abortError());
      const pending: Pending = { request, resolve, reject, onProgress: opts.onProgress, signal: opts.signal };
      opts.signal?.addEventListener('abort', () => this.cancel(pending), { once: true });
      this.queue.push(pending);
      this.pump();
    });
  }

  private cancel(pending: Pending): void {
    const queued = this.queue.indexOf(pending);
    if (queued >= 0) this.queue.splice(queued, 1);
    else if (this.running === pending) {
      // A run cannot be interrupted inside the worker: drop the worker, and its state with it.
      this.running = undefined;
      this.stopWorker();
      setTimeout(() => this.pump(), 0);
    } else return;
    pending.reject(abortError());
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const next = this.queue.shift()!;
    this.running = next;
    const worker = this.startWorker();
    if (worker) worker.postMessage(next.request);
    else {
      // Yield first so the caller's UI can paint "calcul en cours" before the synchronous run.
      setTimeout(() => this.runOnMainThread(next), 0);
    }
  }

  private runOnMainThread(pending: Pending): void {
    if (this.running !== pending) return;
    this.mainThread ??= createWorkerHandler();
    this.mainThread(pending.request, (response) => this.receive(response));
  }

  private startWorker(): Worker | undefined {
    if (this.worker || this.mainThread || this.options.forceMainThread || typeof Worker === 'undefined') return this.worker;
    try {
      this.worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return undefined;
    }
    this.worker.onmessage = (event: MessageEvent<unknown>) => this.receive(event.data);
    this.worker.onerror = (event) => {
      // The worker could not start (or crashed): carry on without it.
      event.preventDefault();
      this.stopWorker();
      const pending = this.running;
      this.mainThread ??= createWorkerHandler();
      if (!pending) return;
      if (pending.request.type === 'match-all') this.runOnMainThread(pending);
      else this.fail(pending, notLoaded());
    };
    return this.worker;
  }

  private stopWorker(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  private receive(raw: unknown): void {
    const parsed = WorkerResponseSchema.safeParse(raw);
    const pending = this.running;
    if (!pending) return;
    if (!parsed.success) {
      return this.fail(pending, new Error(`Réponse illisible du moteur de synergies : ${formatZodError(parsed.error)}`));
    }
    const response = parsed.data;
    if (response.id !== null && response.id !== pending.request.id) return;
    if (response.type === 'progress') return pending.onProgress?.(response.done, response.total);
    if (response.type === 'error') {
      return this.fail(pending, response.code === 'not-loaded' ? notLoaded(response.message) : new Error(response.message));
    }
    this.running = undefined;
    pending.resolve(response);
    this.pump();
  }

  private fail(pending: Pending, error: Error): void {
    if (this.running === pending) this.running = undefined;
    pending.reject(error);
    this.pump();
  }
}

function notLoaded(message = 'Le moteur de synergies a redémarré : un calcul complet est nécessaire.') {
  return new EngineNotLoadedError(message);
}

let shared: MatchBridge | undefined;

/** The page's bridge (one worker per page). */
export function matchingBridge(): MatchBridge {
  shared ??= new MatchBridge();
  return shared;
}

/** Replaces the page's bridge (tests run the engine on the main thread). */
export function useMatchingBridge(next: MatchBridge): void {
  shared?.dispose();
  shared = next;
}
