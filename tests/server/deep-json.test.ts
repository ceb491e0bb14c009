// A record nested thousands of levels deep is refused with its reason and the rest of its batch is
// applied; a body nested beyond what the parser should ever see is a 400, never a 5xx.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { API_ROUTES } from '../../src/domain/api';
import { MAX_BODY_DEPTH } from '../../src/domain/json-depth';
import { startApiApp, type ApiApp } from './helpers/api-app';
import { company, create, edit, flux } from './helpers/fixtures';

let api: ApiApp;
let token: string;

beforeAll(async () => {
  api = await startApiApp();
  await api.addUser('lea@cci.fr', ['dijon-metropole']);
  token = await api.token('lea@cci.fr');
});
afterAll(() => api.dispose());

function nested(depth: number): unknown {
  let v: unknown = 'fond';
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

async function push(mutations: unknown[]) {
  const res = await api.request(API_ROUTES.push, { method: 'POST', token, json: { clientId: 'dev-1', mutations } });
  return {
    status: res.status,
    body: (await res.json()) as { results?: Array<{ mutationId: string; status: string; error?: string }>; error?: string },
  };
}

it('refuses a record nested 4,000 levels deep alone and applies the rest of the batch', async () => {
  const good = create('companies', company({ territoryId: 'dijon-metropole', name: 'Bonne' }));
  const deepFlux = create('flux', { ...flux(String(good.patch.id)), availability: nested(4000) });
  const deepEdit = edit('companies', String(good.patch.id), 0, { notes: nested(4000) });
  const after = create('flux', flux(String(good.patch.id)));
  const { status, body } = await push([good, deepFlux, deepEdit, after]);
  expect(status).toBe(200);
  const byId = new Map(body.results!.map((r) => [r.mutationId, r]));
  expect([good, deepFlux, deepEdit, after].map((m) => byId.get(m.mutationId)?.status)).toEqual([
    'applied',
    'rejected',
    'rejected',
    'applied',
  ]);
  expect(byId.get(deepFlux.mutationId)!.error).toMatch(/imbriquées sur plus de 32 niveaux/);
});

it('answers 400 to a body nested beyond the parser limit, on any route', async () => {
  const text = '['.repeat(MAX_BODY_DEPTH + 1) + ']'.repeat(MAX_BODY_DEPTH + 1);
  for (const path of [API_ROUTES.push, API_ROUTES.login]) {
    const res = await api.request(path, { method: 'POST', token, json: text });
    expect(res.status, path).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/niveaux d’imbrication/);
  }
});

it('keeps a record of ordinary depth whose text holds brackets', async () => {
  const c = create('companies', company({ territoryId: 'dijon-metropole', notes: '[[[{{{ "\\" ]]' }));
  const { body } = await push([c]);
  expect(body.results![0]!.status).toBe('applied');
});
