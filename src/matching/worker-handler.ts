// What the matching worker does with one message, without touching any worker global: the engine
// and the synergies it holds live in the closure, replies go through `post`. The bridge's
// main-thread fallback and the tests use it directly. A full run (on data given, or read from the
// app's IndexedDB) answers `matched` once done and replaces the held synergies; each company update
// is applied to both; queries read them.
import { formatZodError } from '../domain';
import { MatchEngine } from './engine';
import { BalanceIndex } from './balance-index';
import { HeldSynergies } from './held-synergies';
import { mapLines } from './map-lines';
import { WorkerRequestSchema, type WorkerResponse } from './protocol';
import { readMatchInput } from './read-base';
import { readCompanyBalances } from './read-balance';
import { DEFAULT_TOP_N, type MatchInput } from './types';

export type Post = (response: WorkerResponse) => void;
export type WorkerHandler = (message: unknown, post: Post) => void;

function requestIdOf(message: unknown): number | null {
  const id = (message as { id?: unknown } | null)?.id;
  return typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : null;
}

function failed(id: number, error: unknown): WorkerResponse {
  return {
    id,
    type: 'error',
    code: 'failed',
    message: `Échec du calcul des synergies : ${error instanceof Error ? error.message : String(error)}`,
  };
}

export function createWorkerHandler(): WorkerHandler {
  let state: { engine: MatchEngine; held: HeldSynergies; balances: BalanceIndex } | undefined;
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
        // Dropped first: a run that fails leaves nothing half-made behind.
        state = undefined;
        const start = performance.now();
        const match = ({ companies, flux, skipped }: MatchInput & { skipped: number }) => {
          const matchStart = performance.now();
          const engine = new MatchEngine({ topN: request.topN ?? DEFAULT_TOP_N, now: request.now });
          engine.load({ companies, flux }, (done, total) => post({ id: request.id, type: 'progress', done, total }));
          const run = engine.snapshot(request.now);
          const holdStart = performance.now();
          state = { engine, held: HeldSynergies.fromRun(run), balances: BalanceIndex.of(flux) };
          const end = performance.now();
          const { substitutions, mutualisations, total } = run.counts;
          const phases = { readMs: matchStart - start, matchMs: holdStart - matchStart, holdMs: end - holdStart };
          post({ id: request.id, type: 'matched', substitutions, mutualisations, total, skipped, durationMs: end - start, phases });
        };
        if (request.database === undefined) return match({ companies: request.companies!, flux: request.flux!, skipped: 0 });
        // The bridge sends nothing else until this one is answered: no request can see a half state.
        readMatchInput(request.database)
          .then(match)
          .catch((error: unknown) => post(failed(request.id, error)));
        return;
      }
      if (request.type === 'balances') {
        // Kept since the last full run; before any, read from the base (the map does not wait for a run).
        if (state) return post({ id: request.id, type: 'balances', ...state.balances.columns() });
        readCompanyBalances(request.database)
          .then((balances) => post({ id: request.id, type: 'balances', ...balances }))
          .catch((error: unknown) => post(failed(request.id, error)));
        return;
      }
      if (!state) {
        post({
          id: request.id,
          type: 'error',
          code: 'not-loaded',
          message: 'Le moteur de synergies n’a pas encore reçu les données : lancez d’abord un calcul complet.',
        });
        return;
      }
      const { engine, held } = state;
      if (request.type === 'update-company') {
        const diff = engine.updateCompany(request.companyId, request.company ?? undefined, request.flux, request.now);
        held.apply(diff);
        state.balances.setCompany(request.companyId, request.company ? request.flux : []);
        post({ id: request.id, type: 'diff', ...diff });
      } else if (request.type === 'query') {
        post({ id: request.id, type: 'results', ...held.query(request.query) });
        // Once the list is on screen, the other order is sorted while the user reads it: the first
        // « Trier par distance » after a run then only scans (nothing to do when already sorted).
        setTimeout(() => held.warm(), 0);
      } else if (request.type === 'map-lines') {
        post({ id: request.id, type: 'map-lines', ...mapLines(held, request.query, request.limit) });
      } else if (request.type === 'get') {
        post({ id: request.id, type: 'synergy', synergy: held.get(request.synergyId) });
      } else {
        post({ id: request.id, type: 'company-synergies', items: held.byCompany(request.companyId) });
      }
    } catch (error) {
      post(failed(request.id, error));
    }
  };
}
