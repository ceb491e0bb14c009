// Workshops travel like companies: scoped by their territory, validated, never to another
// territory's devices.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../src/domain/api';
import { createApp } from '../../src/server/app';
import { createUser } from '../../src/server/auth/users-repo';
import { create, edit, uniqueId } from './helpers/fixtures';
import { openTestStore, type TestStore } from './helpers/test-store';

let store: TestStore;
let app: ReturnType<typeof createApp>;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  store = await openTestStore();
  app = createApp({ sql: store.sql, log: () => undefined });
  for (const [email, territory] of [
    ['anna@cci.fr', 'dijon-metropole'],
    ['marc@cci.fr', 'cu-creusot-montceau'],
  ] as const) {
    await createUser(store.sql, { email, name: email, role: 'animator', territoryIds: [territory], password: 'correct horse' });
    const res = await app.request(API_ROUTES.login, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'correct horse' }),
    });
    tokens[email] = ((await res.json()) as { token: string }).token;
  }
});
afterAll(() => store.dispose());

const workshop = (overrides: Record<string, unknown> = {}) => ({
  id: uniqueId('ws'),
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
  rev: 0,
  deleted: false,
  title: 'Atelier Cap Nord',
  date: '2026-11-24',
  territoryId: 'dijon-metropole',
  ...overrides,
});

const headers = (email: string) => ({ authorization: `Bearer ${tokens[email]}`, 'content-type': 'application/json' });
async function push(email: string, record: Record<string, unknown>) {
  const body = JSON.stringify({ clientId: 'tablette', mutations: [create('workshops', record)] });
  const r = await app.request(API_ROUTES.push, { method: 'POST', headers: headers(email), body });
  return { status: r.status, body: (await r.json()) as { results?: { status: string; error?: string }[] } };
}
const pulled = async (email: string) => {
  const res = await app.request(`${API_ROUTES.pull}?since=0`, { headers: headers(email) });
  return ((await res.json()) as { changes: { table: string; record: { id: string } }[] }).changes.filter((c) => c.table === 'workshops');
};

describe('workshops on the server', () => {
  it('reaches the devices of its territory and no other', async () => {
    const w = workshop();
    expect((await push('anna@cci.fr', w)).body.results?.[0]?.status).toBe('applied');
    expect((await pulled('anna@cci.fr')).map((c) => c.record.id)).toContain(w.id);
    expect((await pulled('marc@cci.fr')).map((c) => c.record.id)).not.toContain(w.id);
  });

  it('refuses a workshop in another territory, and an invalid one with a French reason', async () => {
    expect((await push('anna@cci.fr', workshop({ territoryId: 'cu-creusot-montceau' }))).status).toBe(403);
    const bad = await push('anna@cci.fr', workshop({ title: 'A', date: 'demain' }));
    expect(bad.body.results?.[0]).toMatchObject({ status: 'rejected' });
    expect(bad.body.results?.[0]?.error).toMatch(/Titre trop court|Date invalide/);
  });

  it('lets two devices close the same workshop without a conflict: the first closing time stays', async () => {
    const w = workshop();
    const created = await app.request(API_ROUTES.push, {
      method: 'POST',
      headers: headers('anna@cci.fr'),
      body: JSON.stringify({ clientId: 'tablette-a', mutations: [create('workshops', w)] }),
    });
    const rev = ((await created.json()) as { results: { rev: number }[] }).results[0]!.rev;
    const close = async (clientId: string, closedAt: number) => {
      const mutation = edit('workshops', String(w.id), rev, { state: 'closed', closedAt });
      const r = await app.request(API_ROUTES.push, {
        method: 'POST',
        headers: headers('anna@cci.fr'),
        body: JSON.stringify({ clientId, mutations: [mutation] }),
      });
      return ((await r.json()) as { results: { status: string }[] }).results[0]!.status;
    };
    expect(await close('tablette-a', 1_700_000_100_000)).toBe('applied');
    // The second tablet closed it offline, from the same revision, a minute later.
    expect(await close('tablette-b', 1_700_000_160_000)).toBe('applied');
    const record = (await pulled('anna@cci.fr')).find((c) => c.record.id === w.id)!.record as unknown as {
      state: string;
      closedAt: number;
    };
    expect(record).toMatchObject({ state: 'closed', closedAt: 1_700_000_100_000 });
  });
});
