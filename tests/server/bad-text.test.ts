// Text a store cannot hold (NUL, half an emoji) and fields no record has: never a 500, never a
// blocked batch, never a per-field history growing with junk.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../src/domain/api';
import type { MutationResult } from '../../src/domain/sync-protocol';
import { startApiApp, type ApiApp } from './helpers/api-app';
import { company, create, edit, flux } from './helpers/fixtures';

let api: ApiApp;
let token: string;
beforeAll(async () => {
  api = await startApiApp();
  await api.addUser('lea@cci.fr', ['cu-creusot-montceau']);
  token = await api.token('lea@cci.fr');
});
afterAll(() => api.dispose());

const push = (mutations: unknown[], clientId: unknown = 'device-1') =>
  api.request(API_ROUTES.push, { method: 'POST', token, json: { clientId, mutations } });
const results = async (res: Response): Promise<MutationResult[]> => {
  expect(res.status).toBe(200);
  return (await res.json()).results;
};
const stored = async (id: string) =>
  (
    await api.store.sql.query<{ data: Record<string, unknown>; field_revs: Record<string, unknown> }>(
      'SELECT data, field_revs FROM records WHERE id = $1',
      [id],
    )
  )[0];

describe('NUL characters and lone surrogates', () => {
  it('stores a company pasted with NUL and half an emoji, cleaned, alongside five others of its batch', async () => {
    const good = Array.from({ length: 5 }, (_, i) => company({ name: `Atelier ${i}` }));
    const pasted = company({ name: 'Fonderie \ud83d', notes: 'copié\u0000 d’un PDF', contact: { name: 'Jo\u0000', role: '\udc00' } });
    const res = await push([...good, pasted].map((c) => create('companies', c)));
    expect((await results(res)).map((r) => r.status)).toEqual(Array(6).fill('applied'));
    const row = await stored(String(pasted.id));
    expect(row?.data).toMatchObject({ name: 'Fonderie \uFFFD', notes: 'copié d’un PDF', contact: { name: 'Jo', role: '\uFFFD' } });
    for (const c of good) expect(await stored(String(c.id))).toBeDefined();
  });

  it('refuses a malformed mutation on its own with a French reason; the rest of the batch is applied', async () => {
    const ok = create('companies', company());
    const badId = { ...create('companies', company()), recordId: 'co\u0000-1' };
    const badTable = { ...create('companies', company()), table: 'users\ud800' };
    const res = await results(await push([ok, badId, badTable]));
    expect(res.find((r) => r.mutationId === ok.mutationId)?.status).toBe('applied');
    for (const bad of [badId, badTable]) {
      expect(res.find((r) => r.mutationId === bad.mutationId)).toMatchObject({
        status: 'rejected',
        error: expect.stringMatching(/^Modification refusée : /),
      });
    }
    expect(JSON.stringify(res)).not.toMatch(/Invalid|Expected|received/);
  });

  it('answers 400 in French, not 500, for a device id holding NUL, a newline or a lone surrogate', async () => {
    for (const clientId of ['device\u0000', 'dev\nice', 'device-\ud800', 'x'.repeat(65), 42]) {
      const res = await push([create('companies', company())], clientId);
      expect(res.status, JSON.stringify(clientId)).toBe(400);
      expect(await res.json()).toMatchObject({ field: 'clientId', error: expect.stringMatching(/appareil|Entrée invalide/) });
    }
  });

  it('drops a field name holding NUL instead of failing on it', async () => {
    const c = company({ 'note\u0000s': 'x', '\ud800': 'y' });
    expect((await results(await push([create('companies', c)])))[0]?.status).toBe('applied');
    expect(Object.keys((await stored(String(c.id)))!.field_revs).join()).not.toMatch(/\u0000|\ud800/);
  });
});

describe('unknown field names and long values', () => {
  it('keeps junk field names out of the record and out of the per-field history', async () => {
    const junk = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`junk${i}`, i]));
    const c = company();
    const [created] = await results(await push([create('companies', { ...c, ...junk })]));
    const rev = created && 'rev' in created ? created.rev : 0;
    await results(await push([edit('companies', String(c.id), rev, { ...junk, notes: 'modifiée', autre: 'x' })]));
    const row = (await stored(String(c.id)))!;
    expect(row.data.notes).toBe('modifiée');
    const history = Object.keys(row.field_revs);
    expect(history.filter((f) => f.startsWith('junk') || f === 'autre')).toEqual([]);
    expect(history).toContain('notes');
  });

  it('refuses a flux whose visit id is 100,000 characters long', async () => {
    const c = company();
    const f = flux(String(c.id), { visitId: 'v'.repeat(100_000) });
    const res = await results(await push([create('companies', c), create('flux', f)]));
    expect(res[1]).toMatchObject({ status: 'rejected', error: expect.stringMatching(/Visite : identifiant trop long/) });
    expect(res[1] && 'error' in res[1] ? res[1].error.length : 0).toBeLessThan(300);
  });

  it('cuts the echo of an unknown resource code in its message', async () => {
    const c = company();
    const res = await results(
      await push([create('companies', c), create('flux', flux(String(c.id), { resourceCode: 'r'.repeat(50_000) }))]),
    );
    expect(res[1]).toMatchObject({ status: 'rejected' });
    expect(res[1] && 'error' in res[1] ? res[1].error.length : 0).toBeLessThan(300);
  });
});
