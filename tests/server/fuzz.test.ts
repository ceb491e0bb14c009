// Every route fed with what a careless client or an attacker sends: NUL, lone surrogates, unknown
// fields, huge strings, wrong types, hostile path parameters. Whatever comes in, never a 5xx.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../src/domain/api';
import { startApiApp, type ApiApp, PASSWORD } from './helpers/api-app';
import { company, create, flux } from './helpers/fixtures';

const HOSTILE: unknown[] = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'fin\udfff',
  '\n\r\t',
  'x'.repeat(300_000),
  '',
  12,
  -1,
  1e308,
  null,
  true,
  [],
  ['\u0000'],
  {},
  { '\u0000': '\ud800' },
];
const HOSTILE_PATHS = ['%00', 'a%00b', '%0A%0D', '%ED%A0%80', '%F0', '%', 'x'.repeat(5000), '..%2F..%2Fetc%2Fpasswd', '%C3%A9%00'];

let api: ApiApp;
let admin: string;
let advisor: string;
let advisorId: string;
const failures: string[] = [];

beforeAll(async () => {
  api = await startApiApp();
  await api.addUser('admin@cci.fr', ['dijon-metropole'], 'admin');
  advisorId = await api.addUser('lea@cci.fr', ['cu-creusot-montceau']);
  admin = await api.token('admin@cci.fr');
  advisor = await api.token('lea@cci.fr');
});
afterAll(() => api.dispose());
beforeEach(() => {
  failures.length = 0;
});

async function send(label: string, path: string, method: string, json: unknown, token?: string): Promise<void> {
  const res = await api.request(path, { method, token, json: method === 'GET' || method === 'DELETE' ? undefined : json });
  if (res.status >= 500) failures.push(`${res.status} ${method} ${path.slice(0, 80)} ${label}: ${(await res.text()).slice(0, 200)}`);
  else await res.arrayBuffer();
}

/** The valid body with each key in turn replaced by each hostile value, plus junk keys and whole-body junk. */
async function fuzzBody(path: string, method: string, valid: Record<string, unknown>, token?: string) {
  for (const key of Object.keys(valid)) {
    for (const value of HOSTILE)
      await send(`${key}=${JSON.stringify(value).slice(0, 20)}`, path, method, { ...valid, [key]: value }, token);
  }
  await send('unknown fields', path, method, { ...valid, 'in\u0000connu': '\ud800', __proto__x: { a: 1 }, ['k'.repeat(10_000)]: 1 }, token);
  for (const body of HOSTILE) await send(`body=${JSON.stringify(body).slice(0, 20)}`, path, method, body, token);
  await send('not JSON', path, method, '{"email": "\u0000', token);
}

describe('fuzzing every route', () => {
  it('login and logout', async () => {
    await fuzzBody(API_ROUTES.login, 'POST', { email: 'lea@cci.fr', password: 'mauvais' });
    await fuzzBody(API_ROUTES.logout, 'POST', {}, advisor);
    expect(failures).toEqual([]);
  });

  it('push: the envelope, each field of a mutation, each field of its record', async () => {
    const token = await api.token('admin@cci.fr');
    const c = company();
    const valid = create('companies', c) as unknown as Record<string, unknown>;
    const envelope = (mutations: unknown[]) => ({ clientId: 'device-fuzz', mutations });
    await fuzzBody(API_ROUTES.push, 'POST', envelope([valid]), token);
    for (const key of Object.keys(valid)) {
      for (const value of HOSTILE) await send(`mutation.${key}`, API_ROUTES.push, 'POST', envelope([{ ...valid, [key]: value }]), token);
    }
    for (const record of [c, flux(String(c.id), { visitId: 'v-1', label: 'carton', quantity: 3 })]) {
      const table = record === c ? 'companies' : 'flux';
      for (const key of Object.keys(record)) {
        for (const value of HOSTILE) {
          await send(`${table}.${key}`, API_ROUTES.push, 'POST', envelope([create(table, { ...record, [key]: value })]), token);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('pull, me, territories, one company: hostile queries and ids', async () => {
    for (const value of HOSTILE_PATHS) {
      await send('since', `${API_ROUTES.pull}?since=${value}&limit=${value}`, 'GET', undefined, advisor);
      await send('id', `/api/v1/companies/${value}`, 'GET', undefined, advisor);
    }
    for (const path of [API_ROUTES.me, API_ROUTES.territories, API_ROUTES.health]) await send('get', path, 'GET', undefined, advisor);
    expect(failures).toEqual([]);
  });

  it('the accounts API (admin): create, edit, reset a password, remove', async () => {
    const account = {
      email: 'fuzz@cci.fr',
      name: 'Paul',
      role: 'advisor',
      territoryIds: ['dijon-metropole'],
      password: 'un-long-mot-de-passe',
    };
    await fuzzBody(API_ROUTES.adminUsers, 'POST', account, admin);
    await fuzzBody(
      `${API_ROUTES.adminUsers}/${advisorId}`,
      'PATCH',
      { name: 'Léa', role: 'advisor', territoryIds: ['cu-creusot-montceau'] },
      admin,
    );
    await fuzzBody(`${API_ROUTES.adminUsers}/${advisorId}/password`, 'POST', { password: PASSWORD }, admin);
    for (const id of HOSTILE_PATHS) {
      await send('id', `${API_ROUTES.adminUsers}/${id}`, 'PATCH', { name: 'Paul' }, admin);
      await send('id', `${API_ROUTES.adminUsers}/${id}/password`, 'POST', {}, admin);
      await send('id', `${API_ROUTES.adminUsers}/${id}`, 'DELETE', undefined, admin);
    }
    // The same, from a user who is not an admin, and without a token.
    await fuzzBody(API_ROUTES.adminUsers, 'POST', account, advisor);
    await fuzzBody(API_ROUTES.adminUsers, 'POST', account);
    expect(failures).toEqual([]);
  });

  it('the app’s own paths', async () => {
    for (const value of HOSTILE_PATHS) {
      await send('static', `/${value}`, 'GET', undefined);
      await send('asset', `/assets/${value}.js`, 'GET', undefined);
      await send('api', `/api/${value}`, 'POST', {}, advisor);
    }
    expect(failures).toEqual([]);
  });
});
