// Runs the matching on the data in IndexedDB and keeps `synergies` in step with it. A full run is
// answered by the worker as soon as the matching is done; its records are then fetched page by page
// and written as they come (run-writer.ts), so the list fills in while the page stays responsive.
// One full run is written at a time: a new one cancels the one being written, and its final sweep
// leaves exactly its own synergies. A company's update is applied at once, even during a stream.
import { CompanySchema, FluxSchema } from '../domain';
import { db } from '../db/database';
import { validateRows } from '../db/validated-read';
import { EngineNotLoadedError, matchingBridge, type Progress } from './bridge';
import { RunWriter, writeDiff } from './run-writer';
import type { MatchDiff } from './types';

/**
 * Runs the engine requests one at a time, so a company's update is always computed on the engine
 * state of the latest full run the store knows of. Only the matching part of a full run is inside:
 * its pages are written outside, so updates need not wait for them.
 */
let chain: Promise<unknown> = Promise.resolve();
function exclusive<T>(run: () => Promise<T>): Promise<T> {
  const next = chain.then(run, run);
  chain = next.catch(() => undefined);
  return next;
}

/** One full run, from its matching to its sweep. */
interface Run {
  writer: RunWriter;
  /** Aborts the matching when the run is superseded while still matching. */
  controller: AbortController;
  /** Set once matched: the worker's run id and record count. */
  runId?: number;
  total?: number;
  /** Settles once the run stopped writing (done, failed or cancelled). */
  settled: Promise<void>;
  settle: () => void;
  /** The run it superseded, until that one has settled. */
  previous?: Run;
  /** Its matching began (a run cancelled before that has nothing to wait for). */
  started?: boolean;
}

/** The newest full run (matching or being written); older ones are cancelled. */
let current: Run | undefined;

async function readAll() {
  const database = db();
  const [companies, flux] = await Promise.all([database.companies.toArray(), database.flux.toArray()]);
  return {
    companies: validateRows(CompanySchema, companies.filter((c) => !c.deleted)).rows,
    flux: validateRows(FluxSchema, flux.filter((f) => !f.deleted)).rows,
  };
}

const abortError = () => new DOMException('Calcul des synergies annulé', 'AbortError');

export interface RematchResult {
  synergies: number;
}

/** Cancels the run in progress, if any, and makes a new one the current one: the newest wins. */
function supersede(signal?: AbortSignal): Run {
  const previous = current;
  if (previous) {
    previous.writer.cancel();
    previous.controller.abort();
    // Not started yet: it may be queued behind us in exclusive(), and will write nothing anyway.
    if (!previous.started) previous.settle();
  }
  let settle!: () => void;
  const settled = new Promise<void>((r) => (settle = r));
  const run: Run = { writer: new RunWriter(), controller: new AbortController(), settled, settle, previous };
  const cancel = () => {
    run.writer.cancel();
    run.controller.abort();
  };
  if (signal?.aborted) cancel();
  signal?.addEventListener('abort', cancel, { once: true });
  current = run;
  return run;
}

/** Inside exclusive(): matches everything (phase 1). */
async function match(run: Run, onMatching?: Progress): Promise<void> {
  run.started = true;
  // Wait for the previous run's last transaction, so none of its pages can follow ours.
  await run.previous?.settled;
  run.previous = undefined;
  if (run.writer.isCancelled) throw abortError();
  const input = await readAll();
  const matched = await matchingBridge().matchAll(input, { onProgress: onMatching, signal: run.controller.signal });
  run.runId = matched.runId;
  run.total = matched.total;
}

/** Outside exclusive(): fetches each page and writes it (phase 2), then sweeps what the run did not produce. */
async function write(run: Run, onSaving?: Progress): Promise<RematchResult> {
  const { writer, runId, total } = run;
  if (runId === undefined || total === undefined) throw abortError();
  onSaving?.(0, total);
  let index = 0;
  // Ask for the next page while this one is written: the worker builds it meanwhile.
  let next = total === 0 ? undefined : matchingBridge().page(runId, 0);
  while (next) {
    const page = await next;
    if (writer.isCancelled) throw abortError();
    next = page.last ? undefined : matchingBridge().page(runId, ++index);
    // A prefetched page that will never be read must not surface as an unhandled rejection.
    next?.catch(() => undefined);
    await writer.writePage(page.synergies);
    if (writer.isCancelled) throw abortError();
    onSaving?.(page.done, page.total);
  }
  const kept = await writer.sweep();
  if (writer.isCancelled) throw abortError();
  return { synergies: kept };
}

async function finish(run: Run, phase: Promise<RematchResult>): Promise<RematchResult> {
  try {
    return await phase;
  } catch (error) {
    // Whatever a superseded run failed on (a stale page, an aborted match), it was cancelled.
    throw run.writer.isCancelled ? abortError() : error;
  } finally {
    if (current === run) current = undefined;
    run.settle();
  }
}

/**
 * Recomputes every synergy from all companies and flux (the "Recalculer" button). Resolves once
 * every page is written; rejects with an AbortError when a newer full run supersedes it.
 * `onProgress` reports the matching (as before); `onSaving` the records written.
 */
export function rematchAll(onProgress?: Progress, signal?: AbortSignal, onSaving?: Progress): Promise<RematchResult> {
  const run = supersede(signal);
  return finish(
    run,
    exclusive(() => match(run, onProgress)).then(() => write(run, onSaving)),
  );
}

/**
 * Recomputes what involves one company after its flux (or itself) changed. Falls back to a full
 * run when the engine has no data yet (first change after the page opened).
 */
export async function rematchCompany(companyId: string, signal?: AbortSignal): Promise<MatchDiff | RematchResult> {
  const outcome = await exclusive(async (): Promise<MatchDiff | (() => Promise<RematchResult>)> => {
    const database = db();
    const [company, flux] = await Promise.all([
      database.companies.get(companyId),
      database.flux.where('companyId').equals(companyId).toArray(),
    ]);
    const parsed = company && !company.deleted ? CompanySchema.safeParse(company) : undefined;
    const live = validateRows(FluxSchema, flux.filter((f) => !f.deleted)).rows;
    try {
      const diff = await matchingBridge().updateCompany(companyId, parsed?.success ? parsed.data : undefined, live, { signal });
      // A run already matched is older than this diff: remember it first, so a page of that run
      // written after this point cannot undo it. (A run not matched yet will include the change.)
      if (current?.runId !== undefined) current.writer.remember(diff);
      await writeDiff(diff);
      return diff;
    } catch (error) {
      if (!(error instanceof EngineNotLoadedError)) throw error;
      // Matched here (in order with other updates), written after the exclusive section.
      const run = supersede(signal);
      try {
        await match(run);
      } catch (e) {
        run.settle();
        if (current === run) current = undefined;
        throw e;
      }
      return () => finish(run, write(run));
    }
  });
  return typeof outcome === 'function' ? outcome() : outcome;
}
