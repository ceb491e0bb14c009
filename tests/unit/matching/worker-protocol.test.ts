// The worker's message handler answers every message, broken ones with a readable French error.
import { describe, expect, it } from 'vitest';
import { WorkerResponseSchema, type WorkerResponse } from '../../../src/matching/protocol';
import { createWorkerHandler } from '../../../src/matching/worker-handler';
import { company, flux } from '../../fixtures/matching';

function send(handler: ReturnType<typeof createWorkerHandler>, message: unknown): WorkerResponse[] {
  const replies: WorkerResponse[] = [];
  handler(message, (r) => replies.push(WorkerResponseSchema.parse(r)));
  return replies;
}

const companies = [company('alpha', 'Alpha', 0), company('beta', 'Bêta', 2)];
const fluxes = [flux('f-a', 'alpha', 'mat.cardboard', 'offer'), flux('f-b', 'beta', 'mat.cardboard', 'need')];

describe('worker message handler', () => {
  it('answers a malformed message with a clear error, keeping its id', () => {
    const replies = send(createWorkerHandler(), { id: 7, type: 'match-all', companies: 'rien' });
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ id: 7, type: 'error', code: 'invalid-request' });
    expect((replies[0] as { message: string }).message).toMatch(/^Requête de calcul des synergies invalide : /);
  });

  it('answers garbage without an id too', () => {
    for (const garbage of [null, 42, 'bonjour', { type: 'inconnu' }]) {
      const [reply] = send(createWorkerHandler(), garbage);
      expect(reply).toMatchObject({ id: null, type: 'error', code: 'invalid-request' });
    }
  });

  it('names the unknown request type in French', () => {
    const [reply] = send(createWorkerHandler(), { id: 1, type: 'tout-calculer' });
    expect((reply as { message: string }).message).toContain('Type de requête inconnu');
  });

  it('refuses an update before any full run, saying what to do', () => {
    const [reply] = send(createWorkerHandler(), { id: 2, type: 'update-company', companyId: 'alpha', company: null, flux: [], now: 0 });
    expect(reply).toMatchObject({ id: 2, type: 'error', code: 'not-loaded' });
  });

  it('runs a full match with progress, answers with the counts, pages on request, then an update as a diff', () => {
    const handler = createWorkerHandler();
    const all = send(handler, { id: 3, type: 'match-all', companies, flux: fluxes, now: 5 });
    expect(all.at(-2)).toEqual({ id: 3, type: 'progress', done: 2, total: 2 });
    expect(all.at(-1)).toMatchObject({ id: 3, type: 'matched', substitutions: 1, mutualisations: 0, total: 1, pages: 1 });
    const [page] = send(handler, { id: 4, type: 'page', runId: 3, index: 0 });
    expect(page).toMatchObject({ id: 4, type: 'page', runId: 3, index: 0, done: 1, total: 1, last: true });
    const [synergy] = (page as Extract<WorkerResponse, { type: 'page' }>).synergies;
    expect(synergy?.companyIds).toEqual(['alpha', 'beta']);

    const [diff] = send(handler, { id: 5, type: 'update-company', companyId: 'beta', company: companies[1], flux: [], now: 6 });
    expect(diff).toEqual({ id: 5, type: 'diff', removed: [synergy!.id], upserted: [] });
  });
});
