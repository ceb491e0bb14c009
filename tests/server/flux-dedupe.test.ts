// Cards never double: the same card captured at a workshop on two tablets (one offline) becomes one
// flux on the server — the first kept, the second a tombstone — with quantities reconciled visibly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../src/domain/api';
import { createApp } from '../../src/server/app';
import { createUser } from '../../src/server/auth/users-repo';
import { reconcile, sameCard } from '../../src/server/sync/flux-dedupe';
import { company, create, flux } from './helpers/fixtures';
import { openTestStore, type TestStore } from './helpers/test-store';

let store: TestStore;
let app: ReturnType<typeof createApp>;
let token = '';

beforeAll(async () => {
  store = await openTestStore();
  app = createApp({ sql: store.sql, log: () => undefined });
  await createUser(store.sql, {
    email: 'anna@cci.fr',
    name: 'Anna',
    role: 'animator',
    territoryIds: ['dijon-metropole'],
    password: 'correct horse',
  });
  const res = await app.request(API_ROUTES.login, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'anna@cci.fr', password: 'correct horse' }),
  });
  token = ((await res.json()) as { token: string }).token;
});
afterAll(() => store.dispose());

const headers = () => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });
async function push(clientId: string, table: 'companies' | 'flux', record: Record<string, unknown>) {
  const body = JSON.stringify({ clientId, mutations: [create(table, record)] });
  const r = await app.request(API_ROUTES.push, { method: 'POST', headers: headers(), body });
  const json = (await r.json()) as { results?: { status: string }[] };
  if (!json.results) throw new Error(`${r.status} ${JSON.stringify(json)}`);
  return json.results[0]!.status;
}
async function fluxOf(companyId: string) {
  const res = await app.request(`${API_ROUTES.pull}?since=0`, { headers: headers() });
  const changes = ((await res.json()) as { changes: { table: string; record: Record<string, unknown> }[] }).changes;
  return changes.filter((c) => c.table === 'flux' && c.record.companyId === companyId).map((c) => c.record);
}

describe('a card captured twice at a workshop', () => {
  it('ends as one live flux, the later copy a tombstone, quantities reconciled', async () => {
    const co = company({ territoryId: 'dijon-metropole', name: 'Cartonnages Morel' });
    expect(await push('tablette-a', 'companies', co)).toBe('applied');
    const first = flux(String(co.id), { workshopId: 'ws-1', quantity: 30, unit: 't', period: 'year' });
    const second = flux(String(co.id), { workshopId: 'ws-1', quantity: 50, unit: 't', period: 'year', createdAt: 1_700_000_100_000 });
    expect(await push('tablette-a', 'flux', first)).toBe('applied');
    // Tablet B was offline when it captured the same card: it arrives later, under its own id.
    expect(await push('tablette-b', 'flux', second)).toBe('applied');
    const all = await fluxOf(String(co.id));
    const live = all.filter((f) => f.deleted !== true);
    expect(live.map((f) => f.id)).toEqual([first.id]);
    expect(live[0]).toMatchObject({ quantity: 30, description: 'Quantité notée aussi sur un autre appareil : 50 t/an.' });
    expect(all.find((f) => f.id === second.id)).toMatchObject({ deleted: true });
  });

  it('keeps the first copy confidential when either said so, and takes a quantity it lacked', async () => {
    const co = company({ territoryId: 'dijon-metropole', name: 'Fonderie Lefort' });
    await push('tablette-a', 'companies', co);
    const first = flux(String(co.id), { workshopId: 'ws-1', resourceCode: 'mat.scrap-metal' });
    await push('tablette-a', 'flux', first);
    await push(
      'tablette-b',
      'flux',
      flux(String(co.id), {
        workshopId: 'ws-1',
        resourceCode: 'mat.scrap-metal',
        confidential: true,
        quantity: 12,
        unit: 't',
        period: 'year',
      }),
    );
    const live = (await fluxOf(String(co.id))).filter((f) => f.deleted !== true);
    expect(live).toHaveLength(1);
    expect(live[0]).toMatchObject({ id: first.id, confidential: true, quantity: 12 });
  });

  it('leaves apart what is not the same card, and flux entered outside a workshop', async () => {
    const co = company({ territoryId: 'dijon-metropole', name: 'Imprimerie Bertin' });
    await push('tablette-a', 'companies', co);
    await push('tablette-a', 'flux', flux(String(co.id), { workshopId: 'ws-1' }));
    await push('tablette-b', 'flux', flux(String(co.id), { workshopId: 'ws-1', direction: 'need' }));
    await push('tablette-b', 'flux', flux(String(co.id)));
    expect((await fluxOf(String(co.id))).filter((f) => f.deleted !== true)).toHaveLength(3);
  });
});

describe('reconciling two copies of a card', () => {
  it('compares the free label of « Autre » entries, case and spaces aside', () => {
    const base = { companyId: 'c', direction: 'offer', resourceCode: 'mat.other' };
    expect(sameCard({ ...base, label: 'Chutes de verre' }, { ...base, label: ' chutes de verre ' })).toBe(true);
    expect(sameCard({ ...base, label: 'Chutes de verre' }, { ...base, label: 'Chutes de bois' })).toBe(false);
  });

  it('writes nothing when both say the same', () => {
    const q = { quantity: 3, unit: 't', period: 'month', confidential: false, workshopId: 'w' };
    expect(reconcile(q, q)).toEqual({});
  });
});
