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

  it('refuses a page of a run it does not hold, or of a run a newer full run replaced', () => {
    const handler = createWorkerHandler();
    const [none] = send(handler, { id: 1, type: 'page', runId: 9, index: 0 });
    expect(none).toMatchObject({ id: 1, type: 'error', code: 'stale-run' });
    expect((none as { message: string }).message).toContain('remplacé par un plus récent');
    send(handler, { id: 2, type: 'match-all', companies, flux: fluxes, now: 0 });
    send(handler, { id: 3, type: 'match-all', companies, flux: fluxes, now: 0 });
    expect(send(handler, { id: 4, type: 'page', runId: 2, index: 0 })[0]).toMatchObject({ id: 4, code: 'stale-run' });
    expect(send(handler, { id: 5, type: 'page', runId: 3, index: 0 })[0]).toMatchObject({ id: 5, type: 'page', last: true });
  });

  it('answers a page out of range or a malformed page request in French', () => {
    const handler = createWorkerHandler();
    send(handler, { id: 1, type: 'match-all', companies, flux: fluxes, now: 0, pageSize: 1 });
    const [beyond] = send(handler, { id: 2, type: 'page', runId: 1, index: 1 });
    expect(beyond).toMatchObject({ id: 2, type: 'error', code: 'invalid-request' });
    expect((beyond as { message: string }).message).toContain('Page 1 inexistante');
    const [missing] = send(handler, { id: 3, type: 'page', runId: 1 });
    expect(missing).toMatchObject({ id: 3, type: 'error', code: 'invalid-request' });
    expect((missing as { message: string }).message).toContain('Numéro de page manquant');
    const [badSize] = send(handler, { id: 4, type: 'match-all', companies, flux: fluxes, now: 0, pageSize: 0 });
    expect(badSize).toMatchObject({ id: 4, type: 'error', code: 'invalid-request' });
  });

  it('the page side refuses malformed matched and page answers', () => {
    const matched = { id: 1, type: 'matched', substitutions: 1, mutualisations: 0, total: 1, pages: 1, pageSize: 10, durationMs: 3 };
    expect(WorkerResponseSchema.safeParse(matched).success).toBe(true);
    expect(WorkerResponseSchema.safeParse({ ...matched, substitutions: -1 }).success).toBe(false);
    expect(WorkerResponseSchema.safeParse({ ...matched, pageSize: 0 }).success).toBe(false);
    const page = { id: 2, type: 'page', runId: 1, index: 0, synergies: [], done: 1, total: 1, last: true };
    expect(WorkerResponseSchema.safeParse(page).success).toBe(true);
    expect(WorkerResponseSchema.safeParse({ ...page, last: false }).success).toBe(false);
    expect(WorkerResponseSchema.safeParse({ ...page, done: 2 }).success).toBe(false);
    expect(WorkerResponseSchema.safeParse({ ...page, synergies: [{ id: 'x' }] }).success).toBe(false);
  });

  it('every answer it sends passes the contract (pages of 1 record)', () => {
    const handler = createWorkerHandler();
    const [matched] = send(handler, { id: 1, type: 'match-all', companies, flux: fluxes, now: 0, pageSize: 1 }).slice(-1);
    expect(matched).toMatchObject({ type: 'matched', pages: 1, pageSize: 1 });
    // send() parses every reply with WorkerResponseSchema: a page that broke it would throw here.
    expect(send(handler, { id: 2, type: 'page', runId: 1, index: 0 })[0]).toMatchObject({ done: 1, total: 1 });
  });
});
