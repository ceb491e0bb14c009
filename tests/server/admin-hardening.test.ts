// The accounts API under races and hostile input: one account per e-mail, 4xx for impossible
// names and ids, and log lines nobody can forge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../src/domain/api';
import { createApp } from '../../src/server/app';
import { logSafe } from '../../src/server/http/log-safe';
import { startApiApp, type ApiApp } from './helpers/api-app';

let api: ApiApp;
let admin: string;
beforeAll(async () => {
  api = await startApiApp();
  await api.addUser('admin@cci.fr', ['dijon-metropole'], 'admin');
  admin = await api.token('admin@cci.fr');
});
afterAll(() => api.dispose());

const account = (email: string, overrides: Record<string, unknown> = {}) => ({
  email,
  name: 'Paul Durand',
  role: 'advisor',
  territoryIds: ['dijon-metropole'],
  password: 'un-mot-de-passe-long',
  ...overrides,
});
const create = (body: unknown) => api.request(API_ROUTES.adminUsers, { method: 'POST', token: admin, json: body });

describe('accounts API', () => {
  it('answers one 201 and one 409 when the same account is created twice at once', async () => {
    for (let round = 0; round < 3; round++) {
      const email = `double-${round}@cci.fr`;
      const statuses = (await Promise.all([create(account(email)), create(account(email))])).map((r) => r.status).sort();
      expect(statuses).toEqual([201, 409]);
    }
  });

  it('refuses a name holding NUL, a newline or half an emoji with a French 400', async () => {
    for (const name of ['Paul\u0000', 'Paul\nDurand', 'Paul \ud83d']) {
      const res = await create(account(`nom-${Math.random().toString(36).slice(2)}@cci.fr`, { name }));
      expect(res.status, JSON.stringify(name)).toBe(400);
      expect(await res.json()).toMatchObject({ field: 'name', error: expect.stringMatching(/^Nom : caractère invisible/) });
    }
    const res = await create(account('terr@cci.fr', { territoryIds: ['dijon\u0000'] }));
    expect(res.status).toBe(400);
  });

  it('answers 404, not 500, for an account id holding NUL, a newline or broken UTF-8', async () => {
    for (const id of ['%00', 'abc%00def', '%0A%0D', '%ED%A0%80', 'x'.repeat(5000)]) {
      const path = `${API_ROUTES.adminUsers}/${id}`;
      expect((await api.request(path, { method: 'PATCH', token: admin, json: { name: 'Paul' } })).status, id).toBe(404);
      expect((await api.request(`${path}/password`, { method: 'POST', token: admin, json: {} })).status, id).toBe(404);
      expect((await api.request(path, { method: 'DELETE', token: admin })).status, id).toBe(404);
    }
  });
});

describe('log lines', () => {
  it('escape control characters, so a URL cannot write a forged line', async () => {
    const logs: string[] = [];
    const broken = createApp({
      sql: { ...api.store.sql, query: () => Promise.reject(new Error('panne')) },
      distDir: '/nonexistent',
      log: (message) => logs.push(message),
    });
    const res = await broken.request('/api/v1/companies/x%00%0A2026-01-01%20Connexion%20admin%20r%C3%A9ussie', {
      headers: { authorization: `Bearer ${'x'.repeat(30)}` },
    });
    expect(res.status).toBe(500);
    expect(logs).toHaveLength(1);
    expect(logs[0]).not.toMatch(/[\u0000-\u001f]/);
    expect(logSafe('a\nb\u0000c\u2028')).toBe('a\\u000ab\\u0000c\\u2028');
  });
});
