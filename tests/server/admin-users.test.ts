// An administrator manages accounts over HTTP while the server runs: list, create, edit, reset, remove.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUserPath } from '../../src/domain/accounts';
import { API_ROUTES } from '../../src/domain/api';
import { lockedDataDirMessage } from '../../src/server/admin/cli';
import { createApp } from '../../src/server/app';
import { createAccountsApi } from '../../src/sync/accounts-api';
import { createUser, findUserByEmail, LastAdminError, removeUserKeepingAdmin } from '../../src/server/auth/users-repo';
import { openTestStore, type TestStore } from './helpers/test-store';

const JSON_TYPE = { 'content-type': 'application/json' };
let store: TestStore;
let app: ReturnType<typeof createApp>;
let adminToken: string;
let adminId: string;
let advisorToken: string;

beforeAll(async () => {
  store = await openTestStore();
  app = createApp({ sql: store.sql, distDir: '/nonexistent', log: () => undefined });
  adminId = (
    await createUser(store.sql, {
      email: 'chef@cci.fr',
      name: 'Chef',
      role: 'admin',
      territoryIds: ['dijon-metropole'],
      password: 'admin password',
    })
  ).id;
  await createUser(store.sql, {
    email: 'lea@cci.fr',
    name: 'Léa',
    role: 'advisor',
    territoryIds: ['dijon-metropole'],
    password: 'lea password',
  });
  adminToken = await tokenFor('chef@cci.fr', 'admin password');
  advisorToken = await tokenFor('lea@cci.fr', 'lea password');
});
afterAll(() => store.dispose());

async function login(email: string, password: string): Promise<Response> {
  return app.request(API_ROUTES.login, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ email, password }) });
}
async function tokenFor(email: string, password: string): Promise<string> {
  const res = await login(email, password);
  expect(res.status).toBe(200);
  return (await res.json()).token;
}
async function call(path: string, method = 'GET', body?: unknown, token: string | null = adminToken): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  return app.request(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}
const newAccount = (overrides: Record<string, unknown> = {}) => ({
  email: `paul-${Math.random().toString(36).slice(2, 8)}@cma.fr`,
  name: 'Paul Durand',
  role: 'referent',
  territoryIds: ['dijon-metropole', 'cu-creusot-montceau'],
  ...overrides,
});
async function created(overrides: Record<string, unknown> = {}) {
  const res = await call(API_ROUTES.adminUsers, 'POST', newAccount(overrides));
  expect(res.status).toBe(201);
  return (await res.json()) as { user: { id: string; email: string }; password?: string };
}

describe('who may manage accounts', () => {
  it('asks for a sign-in without a token (401) and refuses other roles (403), in French JSON', async () => {
    const routes: [string, string][] = [
      [API_ROUTES.adminUsers, 'GET'],
      [API_ROUTES.adminUsers, 'POST'],
      [adminUserPath(adminId), 'PATCH'],
      [adminUserPath(adminId, 'password'), 'POST'],
      [adminUserPath(adminId), 'DELETE'],
    ];
    for (const [path, method] of routes) {
      const body = method === 'GET' ? undefined : {};
      const anonymous = await call(path, method, body, null);
      expect(anonymous.status, `${method} ${path}`).toBe(401);
      const advisor = await call(path, method, body, advisorToken);
      expect(advisor.status, `${method} ${path}`).toBe(403);
      expect(await advisor.json()).toEqual({ error: 'Réservé aux administrateurs', code: 'role-forbidden' });
    }
  });

  it('keeps unknown admin paths a 404', async () => {
    expect((await call(`${API_ROUTES.adminUsers}/x/inconnu`, 'GET')).status).toBe(404);
  });
});

describe('listing', () => {
  it('lists every account with territories, never a password hash', async () => {
    const res = await call(API_ROUTES.adminUsers);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toMatch(/scrypt|passwordHash|password_hash/);
    const users = JSON.parse(text) as { email: string; territoryIds: string[] }[];
    expect(users.find((u) => u.email === 'lea@cci.fr')).toEqual(
      expect.objectContaining({ name: 'Léa', role: 'advisor', territoryIds: ['dijon-metropole'] }),
    );
  });
});

describe('creating an account', () => {
  it('returns a generated password once, which signs the new person in', async () => {
    const { user, password } = await created({ email: 'Paul@CMA.fr' });
    expect(user).toMatchObject({ email: 'paul@cma.fr', role: 'referent' });
    expect(password).toMatch(/^\S{16}$/);
    const res = await login('paul@cma.fr', password!);
    expect(res.status).toBe(200);
    expect((await res.json()).user.territoryIds).toEqual(['cu-creusot-montceau', 'dijon-metropole']);
  });

  it('uses a chosen password without echoing it', async () => {
    const body = await created({ email: 'zoe@cma.fr', password: 'un mot de passe choisi' });
    expect(body.password).toBeUndefined();
    expect((await login('zoe@cma.fr', 'un mot de passe choisi')).status).toBe(200);
  });

  it('refuses a bad body with 400 naming the field', async () => {
    const cases: [unknown, string][] = [
      [newAccount({ email: 'pas-un-mail' }), 'email'],
      [newAccount({ name: '' }), 'name'],
      [newAccount({ role: 'chef' }), 'role'],
      [newAccount({ territoryIds: [] }), 'territoryIds'],
      [newAccount({ password: 'court' }), 'password'],
    ];
    for (const [body, field] of cases) {
      const res = await call(API_ROUTES.adminUsers, 'POST', body);
      expect(res.status, field).toBe(400);
      const error = await res.json();
      expect(error.field).toBe(field);
      expect(error.error).toMatch(/^(E-mail|Nom|Rôle|Territoires|Mot de passe) : /);
    }
    const res = await app.request(API_ROUTES.adminUsers, {
      method: 'POST',
      headers: { ...JSON_TYPE, authorization: `Bearer ${adminToken}` },
      body: '{',
    });
    expect(await res.json()).toMatchObject({ field: 'body' });
  });

  it('refuses unknown territories (400) and an e-mail already taken (409)', async () => {
    const unknown = await call(API_ROUTES.adminUsers, 'POST', newAccount({ territoryIds: ['dijon-metropole', 'atlantide'] }));
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({ error: 'Territoires : inconnu (atlantide)', field: 'territoryIds', code: 'invalid' });
    const taken = await call(API_ROUTES.adminUsers, 'POST', newAccount({ email: 'LEA@cci.fr' }));
    expect(taken.status).toBe(409);
    expect(await taken.json()).toMatchObject({ field: 'email', error: expect.stringContaining('existe déjà') });
  });
});

describe('editing an account', () => {
  it('changes name, role and territories; the new scope applies at once', async () => {
    const { user, password } = await created({ role: 'advisor', territoryIds: ['dijon-metropole'] });
    const token = await tokenFor(user.email, password!);
    const res = await call(adminUserPath(user.id), 'PATCH', { name: 'Paul D.', role: 'animator', territoryIds: ['cc-grand-charolais'] });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ name: 'Paul D.', role: 'animator', territoryIds: ['cc-grand-charolais'] });
    const territories = await (await call(API_ROUTES.territories, 'GET', undefined, token)).json();
    expect(territories.map((t: { id: string }) => t.id)).toEqual(['cc-grand-charolais']);
  });

  it('refuses unknown territories, an empty change, an unknown account and demoting oneself', async () => {
    const { user } = await created();
    const bad = await call(adminUserPath(user.id), 'PATCH', { territoryIds: ['atlantide'] });
    expect([bad.status, (await bad.json()).field]).toEqual([400, 'territoryIds']);
    expect((await call(adminUserPath(user.id), 'PATCH', {})).status).toBe(400);
    expect((await call(adminUserPath('personne'), 'PATCH', { name: 'X' })).status).toBe(404);
    const self = await call(adminUserPath(adminId), 'PATCH', { role: 'advisor' });
    expect(self.status).toBe(409);
    expect(await self.json()).toMatchObject({ field: 'role', error: expect.stringContaining('propre rôle') });
  });
});

describe('resetting a password', () => {
  it('gives a new password once and signs out every device of that person', async () => {
    const { user, password } = await created();
    const oldToken = await tokenFor(user.email, password!);
    const res = await call(adminUserPath(user.id, 'password'), 'POST', {});
    expect(res.status).toBe(200);
    const { password: fresh } = await res.json();
    expect(fresh).toMatch(/^\S{16}$/);
    expect((await call(API_ROUTES.me, 'GET', undefined, oldToken)).status).toBe(401);
    expect((await login(user.email, password!)).status).toBe(401);
    expect((await login(user.email, fresh)).status).toBe(200);
  });

  it('sets a chosen password (10 characters at least) without returning it', async () => {
    const { user } = await created();
    const short = await call(adminUserPath(user.id, 'password'), 'POST', { password: 'court' });
    expect([short.status, (await short.json()).field]).toEqual([400, 'password']);
    const res = await call(adminUserPath(user.id, 'password'), 'POST', { password: 'choisi par le chef' });
    expect(await res.json()).toEqual({});
    expect((await login(user.email, 'choisi par le chef')).status).toBe(200);
  });

  it('keeps the admin signed in on this device when they reset their own password', async () => {
    const other = await tokenFor('chef@cci.fr', 'admin password');
    const token = await tokenFor('chef@cci.fr', 'admin password');
    const res = await call(adminUserPath(adminId, 'password'), 'POST', { password: 'admin password' }, token);
    expect(res.status).toBe(200);
    expect((await call(API_ROUTES.me, 'GET', undefined, token)).status).toBe(200);
    expect((await call(API_ROUTES.me, 'GET', undefined, other)).status).toBe(401);
    adminToken = token;
  });
});

describe('removing an account', () => {
  it('removes the account and revokes its sessions', async () => {
    const { user, password } = await created();
    const token = await tokenFor(user.email, password!);
    expect((await call(adminUserPath(user.id), 'DELETE')).status).toBe(204);
    expect((await call(API_ROUTES.me, 'GET', undefined, token)).status).toBe(401);
    expect(await findUserByEmail(store.sql, user.email)).toBeUndefined();
    expect((await call(adminUserPath(user.id), 'DELETE')).status).toBe(404);
  });

  it('refuses removing oneself with a clear 409', async () => {
    const res = await call(adminUserPath(adminId), 'DELETE');
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ error: expect.stringContaining('votre propre compte') });
  });

  it('never leaves the programme without an administrator', async () => {
    await expect(removeUserKeepingAdmin(store.sql, adminId)).rejects.toBeInstanceOf(LastAdminError);
    // Two admins removing each other at the same moment: one of them stays.
    const { user, password } = await created({ role: 'admin' });
    const secondToken = await tokenFor(user.email, password!);
    const [a, b] = await Promise.all([
      call(adminUserPath(user.id), 'DELETE'),
      call(adminUserPath(adminId), 'DELETE', undefined, secondToken),
    ]);
    expect([a.status, b.status].filter((s) => s === 204)).toHaveLength(1);
    const admins = (await (await call(API_ROUTES.adminUsers, 'GET', undefined, a.status === 204 ? adminToken : secondToken)).json()).filter(
      (u: { role: string }) => u.role === 'admin',
    );
    expect(admins).toHaveLength(1);
  });
});

describe('the admin command while the server runs', () => {
  it('points to the « Comptes » page and to DATABASE_URL instead of only asking to stop the server', () => {
    const message = lockedDataDirMessage('La base data/pglite est ouverte par un autre processus (pid 42)');
    expect(message).toMatch(/pid 42/);
    expect(message).toMatch(/page « Comptes »/);
    expect(message).toMatch(/DATABASE_URL/);
  });
});

describe('the « Comptes » page client against this server', () => {
  it('creates, edits, resets and removes an account, with the server’s French reasons', async () => {
    const api = createAccountsApi(
      '',
      async (input, init) => app.request(input, init),
      async () => adminToken,
    );
    const created = await api.create({ email: 'ines@cci.fr', name: 'Inès', role: 'advisor', territoryIds: ['cc-grand-charolais'] });
    if (!created.ok) throw new Error(created.error.message);
    expect(created.value.password).toMatch(/^\S{16}$/);
    const id = created.value.user.id;
    expect(await api.update(id, { role: 'animator' })).toMatchObject({ ok: true, value: { role: 'animator' } });
    expect(await api.resetPassword(id)).toMatchObject({ ok: true, value: { password: expect.any(String) } });
    expect(await api.create({ email: 'ines@cci.fr', name: 'Inès', role: 'advisor', territoryIds: ['cc-grand-charolais'] })).toMatchObject({
      ok: false,
      error: { status: 409, field: 'email', serverMessage: 'Un compte existe déjà pour ines@cci.fr' },
    });
    // Checked before sending: no request for a password too short.
    expect(await api.resetPassword(id, { password: 'court' })).toMatchObject({ ok: false, error: { field: 'password' } });
    expect(await api.remove(id)).toEqual({ ok: true, value: undefined });
    expect((await api.list()).ok && (await api.territories()).ok).toBe(true);
    const advisor = createAccountsApi(
      '',
      async (input, init) => app.request(input, init),
      async () => advisorToken,
    );
    expect(await advisor.list()).toMatchObject({ ok: false, error: { status: 403, serverMessage: 'Réservé aux administrateurs' } });
  });
});
