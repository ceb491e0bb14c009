// What the matching worker does with one message, without touching any worker global: the engine
// state lives in the closure, replies go through `post`. The bridge's main-thread fallback and the
// tests use it directly. A full run answers `matched` as soon as the matching is done and keeps the
// compact result (FullRun) to build pages on request; a new full run replaces it.
import { formatZodError } from '../domain';
import { MatchEngine } from './engine';
import type { FullRun } from './full-run';
import { WorkerRequestSchema, type WorkerResponse } from './protocol';
import { DEFAULT_TOP_N } from './types';

export type Post = (response: WorkerResponse) => void;
export type WorkerHandler = (message: unknown, post: Post) => void;

function requestIdOf(message: unknown): number | null {
  const id = (message as { id?: unknown } | null)?.id;
  return typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : null;
}

export function createWorkerHandler(): WorkerHandler {
  let engine: MatchEngine | undefined;
  /** The run whose pages may still be asked for (only the latest full run). */
  let stream: { runId: number; run: FullRun } | undefined;
  return (message, post) => {
    const parsed = WorkerRequestSchema.safeParse(message);
    if (!parsed.success) {
      post({
        id: requestIdOf(message),
        type: 'error',
        code: 'invalid-request',
        message: `Requête de calcul des synergies invalide : ${formatZodError(parsed.error)}`,
      });
      return;
    }
    const request = parsed.data;
    try {
      if (request.type === 'match-all') {
        stream = undefined;
        const start = performance.now();
        engine = new MatchEngine({ topN: request.topN ?? DEFAULT_TOP_N, now: request.now });
        engine.load(request, (done, total) => post({ id: request.id, type: 'progress', done, total }));
        const run = engine.snapshot(request.now, request.pageSize);
        stream = { runId: request.id, run };
        const durationMs = performance.now() - start;
        post({ id: request.id, type: 'matched', ...run.counts, pages: run.pageCount, pageSize: run.pageSize, durationMs });
        return;
      }
      if (request.type === 'page') {
        if (!stream || stream.runId !== request.runId) {
          post({
            id: request.id,
            type: 'error',
            code: 'stale-run',
            message: 'Ce calcul des synergies a été remplacé par un plus récent : ses résultats ne sont plus disponibles.',
          });
          return;
        }
        const { run } = stream;
        if (request.index >= run.pageCount) {
          post({
            id: request.id,
            type: 'error',
            code: 'invalid-request',
            message: `Page ${request.index} inexistante : ce calcul n’en compte que ${run.pageCount}.`,
          });
          return;
        }
        const done = run.doneAfter(request.index);
        const total = run.counts.total;
        post({ id: request.id, type: 'page', runId: request.runId, index: request.index, synergies: run.page(request.index), done, total, last: done === total });
        return;
      }
      if (!engine) {
        post({
          id: request.id,
          type: 'error',
          code: 'not-loaded',
          message: 'Le moteur de synergies n’a pas encore reçu les données : lancez d’abord un calcul complet.',
        });
        return;
      }
      const diff = engine.updateCompany(request.companyId, request.company ?? undefined, request.flux, request.now);
      post({ id: request.id, type: 'diff', ...diff });
    } catch (error) {
      post({
        id: request.id,
        type: 'error',
        code: 'failed',
        message: `Échec du calcul des synergies : ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };
}
