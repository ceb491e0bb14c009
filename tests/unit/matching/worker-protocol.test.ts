// The worker's message handler answers every message, broken ones with a readable French error.
import { describe, expect, it } from 'vitest';
import { SynergiesDB, withSearchKey } from '../../../src/db/database';
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

  it('runs a full match with progress, answers with the counts, then queries, gets and updates', () => {
    const handler = createWorkerHandler();
    const all = send(handler, { id: 3, type: 'match-all', companies, flux: fluxes, now: 5 });
    expect(all.at(-2)).toEqual({ id: 3, type: 'progress', done: 2, total: 2 });
    expect(all.at(-1)).toMatchObject({ id: 3, type: 'matched', substitutions: 1, mutualisations: 0, total: 1 });
    const [results] = send(handler, { id: 4, type: 'query', query: { kind: 'substitution', limit: 10 } });
    expect(results).toMatchObject({ id: 4, type: 'results', total: 1, held: 1, counts: { kinds: { substitution: 1, mutualisation: 0 } } });
    const [synergy] = (results as Extract<WorkerResponse, { type: 'results' }>).items;
    expect(synergy?.companyIds).toEqual(['alpha', 'beta']);
    expect(synergy?.computedAt).toBe(5);
    expect(send(handler, { id: 5, type: 'get', synergyId: synergy!.id })).toEqual([{ id: 5, type: 'synergy', synergy }]);
    expect(send(handler, { id: 6, type: 'by-company', companyId: 'beta' })).toEqual([
      { id: 6, type: 'company-synergies', items: [synergy] },
    ]);

    const [diff] = send(handler, { id: 7, type: 'update-company', companyId: 'beta', company: companies[1], flux: [], now: 6 });
    expect(diff).toEqual({ id: 7, type: 'diff', removed: [synergy!.id], upserted: [] });
    // The held result follows the update.
    expect(send(handler, { id: 8, type: 'get', synergyId: synergy!.id })).toEqual([{ id: 8, type: 'synergy', synergy: null }]);
    expect(send(handler, { id: 9, type: 'query', query: {} })[0]).toMatchObject({ total: 0, held: 0, items: [] });
  });

  it('refuses to read before any full run, saying what to do', () => {
    const handler = createWorkerHandler();
    for (const request of [
      { id: 1, type: 'query', query: {} },
      { id: 2, type: 'get', synergyId: 'sub:1' },
      { id: 3, type: 'by-company', companyId: 'alpha' },
    ]) {
      const [reply] = send(handler, request);
      expect(reply).toMatchObject({ id: request.id, type: 'error', code: 'not-loaded' });
      expect((reply as { message: string }).message).toContain('lancez d’abord un calcul complet');
    }
  });

  it('answers a malformed query in French, naming the field', () => {
    const handler = createWorkerHandler();
    send(handler, { id: 1, type: 'match-all', companies, flux: fluxes, now: 0 });
    for (const [query, text] of [
      [{ sort: 'nom' }, 'Tri inconnu'],
      [{ limit: -1 }, 'Taille de page invalide'],
      [{ offset: 1.5 }, 'Position de page invalide'],
      [{ minScore: 'haut' }, 'Score minimum invalide'],
      [{ kind: 'fusion' }, ''],
      [{ territoryIds: 'dijon' }, ''],
    ] as const) {
      const [reply] = send(handler, { id: 2, type: 'query', query });
      expect(reply).toMatchObject({ id: 2, type: 'error', code: 'invalid-request' });
      expect((reply as { message: string }).message).toContain(text);
    }
    expect(send(handler, { id: 3, type: 'get' })[0]).toMatchObject({ id: 3, code: 'invalid-request' });
  });

  it('reads the base itself, leaving deleted and unreadable rows out', async () => {
    const name = `worker-read-${Date.now()}`;
    const base = new SynergiesDB(name);
    await base.companies.bulkPut(companies.map(withSearchKey));
    await base.flux.bulkPut([
      ...fluxes,
      flux('f-gone', 'alpha', 'mat.cardboard', 'need', { deleted: true } as never),
      { ...flux('f-broken', 'beta', 'mat.cardboard', 'offer'), direction: 'les deux' } as never,
    ]);
    const handler = createWorkerHandler();
    const replies: WorkerResponse[] = [];
    const matched = new Promise<void>((resolve) =>
      handler({ id: 1, type: 'match-all', database: name, now: 0 }, (r) => {
        replies.push(WorkerResponseSchema.parse(r));
        if (r.type !== 'progress') resolve();
      }),
    );
    await matched;
    expect(replies.at(-1)).toMatchObject({ type: 'matched', total: 1, substitutions: 1, skipped: 1 });
    expect(replies.at(-2)).toEqual({ id: 1, type: 'progress', done: 2, total: 2 });
    base.close();
  });

  it('refuses a full run without data, and says when the base is missing', async () => {
    expect(send(createWorkerHandler(), { id: 1, type: 'match-all', now: 0 })[0]).toMatchObject({ code: 'invalid-request' });
    expect(send(createWorkerHandler(), { id: 2, type: 'match-all', now: 0, companies })[0]).toMatchObject({ code: 'invalid-request' });
    const reply = await new Promise<WorkerResponse>((resolve) =>
      createWorkerHandler()({ id: 3, type: 'match-all', database: `absente-${Date.now()}`, now: 0 }, resolve),
    );
    expect(reply).toMatchObject({ id: 3, type: 'error', code: 'failed' });
    expect((reply as { message: string }).message).toMatch(/^Échec du calcul des synergies : /);
  });

  it('a second full run replaces what the worker holds', () => {
    const handler = createWorkerHandler();
    send(handler, { id: 1, type: 'match-all', companies, flux: fluxes, now: 0 });
    send(handler, { id: 2, type: 'match-all', companies, flux: [], now: 0 });
    expect(send(handler, { id: 3, type: 'query', query: {} })[0]).toMatchObject({ type: 'results', total: 0, held: 0 });
  });

  it('the page side refuses malformed answers', () => {
    const phases = { readMs: 0, matchMs: 2, holdMs: 1 };
    const matched = { id: 1, type: 'matched', substitutions: 1, mutualisations: 0, total: 1, skipped: 0, durationMs: 3, phases };
    expect(WorkerResponseSchema.safeParse(matched).success).toBe(true);
    expect(WorkerResponseSchema.safeParse({ ...matched, substitutions: -1 }).success).toBe(false);
    const counts = {
      kinds: { substitution: 0, mutualisation: 0 },
      families: { energy: 0, water: 0, materials: 0, logistics: 0, skills: 0 },
    };
    const results = { id: 2, type: 'results', items: [], total: 1, held: 1, counts };
    expect(WorkerResponseSchema.safeParse(results).success).toBe(true);
    expect(WorkerResponseSchema.safeParse({ ...results, total: 2 }).success).toBe(false);
    expect(WorkerResponseSchema.safeParse({ ...results, items: [{ id: 'x' }] }).success).toBe(false);
    expect(WorkerResponseSchema.safeParse({ ...results, counts: { kinds: {}, families: {} } }).success).toBe(false);
    expect(WorkerResponseSchema.safeParse({ id: 3, type: 'synergy', synergy: { id: 'x' } }).success).toBe(false);
    expect(WorkerResponseSchema.safeParse({ id: 3, type: 'synergy', synergy: null }).success).toBe(true);
    expect(WorkerResponseSchema.safeParse({ id: 4, type: 'error', code: 'stale-run', message: '' }).success).toBe(false);
  });
});
