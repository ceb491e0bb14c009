// What the matching worker does with one message, without touching any worker global: the engine
// state lives in the closure, replies go through `post`. The bridge's main-thread fallback and the
// tests use it directly.
import { formatZodError } from '../domain';
import { MatchEngine } from './engine';
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
        engine = new MatchEngine({ topN: request.topN ?? DEFAULT_TOP_N, now: request.now });
        engine.load(request, (done, total) => post({ id: request.id, type: 'progress', done, total }));
        post({ id: request.id, type: 'all', synergies: engine.synergies(request.now) });
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
