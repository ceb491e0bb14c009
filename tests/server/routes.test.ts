// The HTTP API in-process: authentication, territory scoping, validation, size limit, errors.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES, MAX_BODY_BYTES } from '../../src/domain/api';
import { createUser } from '../../src/server/auth/users-repo';
import { createApp } from '../../src/server/app';
import { company, create } from './helpers/fixtures';
import { openTestStore, type TestStore } from './helpers/test-store';

const JSON_TYPE = { 'content-type': 'application/json' };
let store: TestStore;
let app: ReturnType<typeof createApp>;
let token: string;
const distDir = mkdtempSync(join(tmpdir(), 'st-dist-'));

beforeAll(async () => {
  store = await openTestStore();
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(distDir, 'sw.js'), '// sw');
  app = createApp({ sql: store.sql, distDir, log: () => undefined });
  await createUser(store.sql, {
    email: 'lea@cci.fr',
    name: 'Léa Martin',
    role: 'advisor',
    territoryIds: ['dijon-metropole'],
    password: 'correct horse',
  });
  token = (await login('lea@cci.fr', 'correct horse').then((r) => r.json())).token;
});
afterAll(() => store.dispose());

async function login(email: string, password: string): Promise<Response> {
  return app.request(API_ROUTES.login, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ email, password }) });
}
const authed = (init: RequestInit = {}, t = token): RequestInit => ({
  ...init,
  headers: { authorization: `Bearer ${t}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
});
const pushBody = (mutations: unknown[]) => JSON.stringify({ clientId: 'device-1', mutations });

describe('login', () => {
  it('gives a token and the user for the right password', async () => {
    const res = await login('LEA@cci.fr', 'correct horse');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.token.length).toBeGreaterThanOrEqual(20);
    expect(body.user).toMatchObject({ email: 'lea@cci.fr', role: 'advisor', territoryIds: ['dijon-metropole'] });
    expect(body.user.passwordHash).toBeUndefined();
  });

  it('refuses a wrong password with 401 and slows down repeated failures with 429', async () => {
    const res = await login('lea@cci.fr', 'wrong');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ field: 'password' });
    for (let i = 0; i < 5; i++) await login('bob@cci.fr', 'wrong');
    const locked = await login('bob@cci.fr', 'wrong');
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBeTruthy();
  });

  it('revokes the token on logout', async () => {
    const t = (await login('lea@cci.fr', 'correct horse').then((r) => r.json())).token;
    expect((await app.request(API_ROUTES.logout, authed({ method: 'POST' }, t))).status).toBe(204);
    expect((await app.request(API_ROUTES.me, authed({}, t))).status).toBe(401);
  });
});

describe('authentication', () => {
  it('requires a valid bearer token on data routes (401)', async () => {
    for (const [path, method] of [
      [API_ROUTES.me, 'GET'],
      [API_ROUTES.territories, 'GET'],
      [API_ROUTES.pull, 'GET'],
      [API_ROUTES.push, 'POST'],
    ] as const) {
      const res = await app.request(path, { method, headers: JSON_TYPE, body: method === 'POST' ? pushBody([]) : undefined });
      expect(res.status, path).toBe(401);
      expect(await res.json()).toHaveProperty('error');
    }
    expect((await app.request(API_ROUTES.me, authed({}, 'not-a-token'))).status).toBe(401);
  });

  it('tells who is signed in and which territories they see', async () => {
    expect(await (await app.request(API_ROUTES.me, authed())).json()).toMatchObject({ name: 'Léa Martin' });
    const territories = await (await app.request(API_ROUTES.territories, authed())).json();
    expect(territories.map((t: { id: string }) => t.id)).toEqual(['dijon-metropole']);
  });
});

describe('territory scoping', () => {
  it('refuses with 403 a push whose every mutation targets another territory', async () => {
    const res = await app.request(API_ROUTES.push, authed({ method: 'POST', body: pushBody([create('companies', company())]) }));
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ field: 'mutations' });
  });

  it('rejects only the foreign mutations of a mixed push', async () => {
    const mine = company({ territoryId: 'dijon-metropole' });
    const res = await app.request(
      API_ROUTES.push,
      authed({ method: 'POST', body: pushBody([create('companies', mine), create('companies', company())]) }),
    );
    expect(res.status).toBe(200);
    const { results } = await res.json();
    expect(results.map((r: { status: string }) => r.status)).toEqual(['applied', 'rejected']);
    expect((await app.request(`/api/v1/companies/${mine.id}`, authed())).status).toBe(200);
  });

  it('refuses with 403 to read a company of another territory', async () => {
    const theirs = company();
    const admin = { userId: 'x', all: true, territoryIds: [] };
    const { applyPush } = await import('../../src/server/sync/apply-push');
    await applyPush(store.sql, admin, { clientId: 'admin', mutations: [create('companies', theirs)] });
    expect((await app.request(`/api/v1/companies/${theirs.id}`, authed())).status).toBe(403);
    expect((await app.request('/api/v1/companies/inconnue', authed())).status).toBe(404);
    const pulled = await (await app.request(`${API_ROUTES.pull}?since=0`, authed())).json();
    expect(pulled.changes.some((c: { record: { id: string } }) => c.record.id === theirs.id)).toBe(false);
  });

  it('says how many records of the user’s territories are left after a page (a first sync’s progress)', async () => {
    const { applyPush } = await import('../../src/server/sync/apply-push');
    const admin = { userId: 'x', all: true, territoryIds: [] };
    await applyPush(store.sql, admin, {
      clientId: 'admin',
      mutations: [
        ...Array.from({ length: 4 }, () => create('companies', company({ territoryId: 'dijon-metropole' }))),
        create('companies', company()),
      ],
    });
    const all = await (await app.request(`${API_ROUTES.pull}?since=0`, authed())).json();
    const total = all.changes.length as number;
    const first = await (await app.request(`${API_ROUTES.pull}?since=0&limit=2`, authed())).json();
    expect(first).toMatchObject({ hasMore: true, remaining: total - 2 });
    const last = await (await app.request(`${API_ROUTES.pull}?since=${all.cursor - 1}&limit=2`, authed())).json();
    expect(last).toMatchObject({ hasMore: false, remaining: 0 });
  });
});

describe('validation', () => {
  const post = (body: string) => app.request(API_ROUTES.push, authed({ method: 'POST', body }));

  it('refuses a malformed mutation on its own, and a push without a device id whole (400 naming the field)', async () => {
    const bad = { ...create('companies', company()), mutationId: 'pas-un-uuid' };
    const good = create('companies', company({ territoryId: 'dijon-metropole' }));
    const res = await post(pushBody([bad, good]));
    expect(res.status).toBe(200);
    const { results } = await res.json();
    expect(results).toContainEqual({
      mutationId: 'pas-un-uuid',
      status: 'rejected',
      code: 'invalid',
      error: expect.stringMatching(/mutation invalide/),
    });
    expect(results).toContainEqual(expect.objectContaining({ mutationId: good.mutationId, status: 'applied' }));
    const noClient = await post(JSON.stringify({ mutations: [] }));
    expect(await noClient.json()).toMatchObject({ field: 'clientId' });
  });

  it('answers 400 for unreadable JSON, a bad login body and a bad pull query', async () => {
    const res = await post('{ pas du json');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ field: 'body' });
    const badLogin = await app.request(API_ROUTES.login, {
      method: 'POST',
      headers: JSON_TYPE,
      body: JSON.stringify({ email: 'x', password: 'y' }),
    });
    expect(badLogin.status).toBe(400);
    expect(await badLogin.json()).toMatchObject({ field: 'email', error: expect.stringMatching(/e-mail invalide/) });
    const badPull = await app.request(`${API_ROUTES.pull}?since=-4`, authed());
    expect(badPull.status).toBe(400);
    expect(await badPull.json()).toMatchObject({ field: 'since' });
  });

  it('refuses a body over MAX_BODY_BYTES with 413', async () => {
    const big = pushBody([{ ...create('companies', company()), patch: { notes: 'x'.repeat(MAX_BODY_BYTES) } }]);
    const res = await post(big);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ field: 'body' });
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await app.request('/api/v1/inconnue', authed());
    expect(res.status).toBe(404);
    expect(await res.json()).toHaveProperty('error');
  });

  it('never leaks an internal error', async () => {
    const broken = createApp({
      sql: { ...store.sql, query: () => Promise.reject(new Error('secret detail')) },
      distDir,
      log: () => undefined,
    });
    const res = await broken.request(API_ROUTES.me, authed());
    expect(res.status).toBe(500);
    expect(JSON.stringify(await res.json())).not.toMatch(/secret/);
  });
});

describe('the app', () => {
  it('serves index.html for app routes and sw.js without caching', async () => {
    const deep = await app.request('/entreprises/42');
    expect(deep.status).toBe(200);
    expect(await deep.text()).toMatch(/<title>app/);
    expect(deep.headers.get('cache-control')).toBe('no-cache');
    expect((await app.request('/sw.js')).headers.get('cache-control')).toBe('no-cache');
    expect((await app.request('/')).headers.get('cache-control')).toBe('no-cache');
  });

  it('explains with a 503 when the app has not been built', async () => {
    const bare = createApp({ sql: store.sql, distDir: join(distDir, 'absent'), log: () => undefined });
    const res = await bare.request('/');
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/npm run build/);
  });
});
