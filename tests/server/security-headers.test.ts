// What every answer tells the browser, what the API accepts as a body, which Host names it
// answers to, and the language of its 400s.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../src/domain/api';
import { allowedHostNames, hostAllowed } from '../../src/server/http/request-guards';
import { startApiApp, type ApiApp, PASSWORD } from './helpers/api-app';

let api: ApiApp;
let token: string;
beforeAll(async () => {
  api = await startApiApp();
  await api.addUser('lea@cci.fr', ['dijon-metropole']);
  token = await api.token('lea@cci.fr');
});
afterAll(() => api.dispose());

const SECURITY = {
  'content-security-policy': expect.stringMatching(/default-src 'self'.*script-src 'self'.*frame-ancestors 'none'/),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};
const headersOf = (res: Response) => Object.fromEntries(res.headers);

describe('security headers', () => {
  it('are on every answer: API, errors, the app shell and its files', async () => {
    const answers = [
      await api.login('lea@cci.fr'),
      await api.request(API_ROUTES.me, { token }),
      await api.request(API_ROUTES.me),
      await api.request('/api/v1/inconnue'),
      await api.request('/'),
      await api.request('/entreprises/42'),
      await api.request('/assets/absent.js'),
    ];
    for (const res of answers) expect(headersOf(res), res.url).toMatchObject(SECURITY);
  });

  it('forbid caching of the token, the user and pulled records', async () => {
    const login = await api.login('lea@cci.fr');
    const me = await api.request(API_ROUTES.me, { token });
    const pull = await api.request(`${API_ROUTES.pull}?since=0`, { token });
    const refused = await api.request(API_ROUTES.me);
    for (const res of [login, me, pull, refused]) expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('request bodies', () => {
  it('are read only when they say they are JSON (415 otherwise), so another site cannot post a login form', async () => {
    const body = JSON.stringify({ email: 'lea@cci.fr', password: PASSWORD });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', undefined]) {
      const headers: Record<string, string> = type ? { 'content-type': type } : {};
      const res = await api.request(API_ROUTES.login, { method: 'POST', headers, body });
      expect(res.status, String(type)).toBe(415);
      expect(await res.json()).toMatchObject({ error: expect.stringMatching(/application\/json attendu/) });
    }
    const charset = await api.request(API_ROUTES.login, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body,
    });
    expect(charset.status).toBe(200);
  });

  it('are not required where there is nothing to send (logout)', async () => {
    const t = await api.token('lea@cci.fr');
    expect((await api.request(API_ROUTES.logout, { method: 'POST', token: t })).status).toBe(204);
  });
});

describe('Host header', () => {
  it('accepts IP addresses, localhost, the configured names; refuses other names (DNS rebinding) with 421', async () => {
    const names = allowedHostNames({ HOST: '0.0.0.0', ALLOWED_HOSTS: 'eit.example.fr, Terrain.local' });
    for (const host of ['localhost:8080', '127.0.0.1:8080', '192.168.1.20', '[::1]:8080', 'eit.example.fr', 'terrain.local:80']) {
      expect(hostAllowed(host, names), host).toBe(true);
    }
    for (const host of ['evil.example', 'localhost.evil.example', '', undefined]) expect(hostAllowed(host, names), host).toBe(false);

    const guarded = await startApiApp({ allowedHosts: names });
    try {
      const evil = await guarded.request(API_ROUTES.health, { headers: { host: 'evil.example:8080' } });
      expect(evil.status).toBe(421);
      expect(await evil.json()).toMatchObject({ error: expect.stringMatching(/ALLOWED_HOSTS/) });
      expect((await guarded.request('/', { headers: { host: 'evil.example' } })).status).toBe(421);
      expect((await guarded.request(API_ROUTES.health, { headers: { host: 'eit.example.fr' } })).status).toBe(200);
    } finally {
      await guarded.dispose();
    }
  });
});

describe('400 messages', () => {
  it('are French sentences, never zod’s English defaults', async () => {
    const answers = [
      await api.request(`${API_ROUTES.pull}?since=abc`, { token }),
      await api.request(`${API_ROUTES.pull}?limit=1.5`, { token }),
      await api.request(API_ROUTES.login, { method: 'POST', json: { email: 5, password: [] } }),
      await api.request(API_ROUTES.login, { method: 'POST', json: [] }),
      await api.request(API_ROUTES.push, { method: 'POST', token, json: { clientId: 'd', mutations: 'x' } }),
      await api.request(API_ROUTES.push, { method: 'POST', token, json: { clientId: 'd', mutations: [{ mutationId: 1 }] } }),
      await api.request('/api/v1/companies/%00', { token }),
    ];
    for (const res of answers) {
      const text = JSON.stringify(await res.json());
      expect(text, text).not.toMatch(/Invalid|Expected|expected|received|Required|Too (big|small)/);
    }
    expect(answers[0]!.status).toBe(400);
  });
});
