// The server holds a flux's LER code as the device does: an official code kept in its official
// form, a code the list does not have refused in French, a flux of the previous version (no code) applied.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../src/domain/api';
import type { MutationResult } from '../../src/domain/sync-protocol';
import { startApiApp, type ApiApp } from './helpers/api-app';
import { company, create, flux } from './helpers/fixtures';

let api: ApiApp;
let token: string;
beforeAll(async () => {
  api = await startApiApp();
  await api.addUser('lea@cci.fr', ['cu-creusot-montceau']);
  token = await api.token('lea@cci.fr');
});
afterAll(() => api.dispose());

const push = async (mutations: unknown[]): Promise<MutationResult[]> => {
  const res = await api.request(API_ROUTES.push, { method: 'POST', token, json: { clientId: 'device-1', mutations } });
  expect(res.status).toBe(200);
  return (await res.json()).results;
};
const stored = async (id: string) =>
  (await api.store.sql.query<{ data: Record<string, unknown> }>('SELECT data FROM records WHERE id = $1', [id]))[0]?.data;

describe('a flux’s LER code on the server', () => {
  it('applies a free waste with its official code, and a flux without one as before', async () => {
    const c = company();
    const sludge = flux(String(c.id), { resourceCode: 'mat.other', label: 'Boues d’hydroxydes', wasteCode: '11 01 09*' });
    const cardboard = flux(String(c.id));
    const res = await push([create('companies', c), create('flux', sludge), create('flux', cardboard)]);
    expect(res.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    expect(await stored(String(sludge.id))).toMatchObject({ wasteCode: '11 01 09*' });
    expect((await stored(String(cardboard.id)))?.wasteCode).toBeUndefined();
  });

  it('refuses a code the official list does not have, saying so in French', async () => {
    const c = company();
    const bad = flux(String(c.id), { resourceCode: 'mat.other', label: 'Boues', wasteCode: '15 01 08' });
    const res = await push([create('companies', c), create('flux', bad)]);
    expect(res[0]?.status).toBe('applied');
    expect(res[1]).toMatchObject({ status: 'rejected', error: expect.stringMatching(/Code déchet inconnu de la liste officielle/) });
    expect(await stored(String(bad.id))).toBeUndefined();
  });
});
