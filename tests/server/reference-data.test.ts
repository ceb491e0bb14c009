// Territories and business parks on the server: who manages what, how devices pull them, and how
// a proposal typed by an advisor is confirmed or merged (its companies following).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../src/domain/api';
import type { Park, ParkChange } from '../../src/domain/park';
import { parkPath, REFERENCE_ROUTES, territoryPath, type ReferenceResponse } from '../../src/domain/reference-data';
import type { Role } from '../../src/domain/user';
import { createApp } from '../../src/server/app';
import { createUser } from '../../src/server/auth/users-repo';
import { company, create } from './helpers/fixtures';
import { openTestStore, type TestStore } from './helpers/test-store';

const DIJON = 'dijon-metropole';
const CREUSOT = 'cu-creusot-montceau';

let store: TestStore;
let app: ReturnType<typeof createApp>;
const tokens: Record<string, string> = {};

async function account(key: string, role: Role, territoryIds: string[]): Promise<void> {
  const email = `${key}@cci.test`;
  await createUser(store.sql, { email, name: key, role, territoryIds, password: 'mot de passe' });
  const res = await app.request(API_ROUTES.login, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'mot de passe' }),
  });
  tokens[key] = (await res.json()).token;
}

beforeAll(async () => {
  store = await openTestStore();
  app = createApp({ sql: store.sql, distDir: '/nonexistent', log: () => undefined });
  await account('admin', 'admin', []);
  await account('referent', 'referent', [DIJON]);
  await account('advisor', 'advisor', [DIJON]);
  await account('creusot', 'referent', [CREUSOT]);
  await account('creusotAdvisor', 'advisor', [CREUSOT]);
});
afterAll(() => store.dispose());

async function call(who: string, method: string, path: string, body?: unknown): Promise<Response> {
  return app.request(path, {
    method,
    headers: { authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function createPark(who: string, territoryId: string, name: string): Promise<Park> {
  const res = await call(who, 'POST', REFERENCE_ROUTES.parks, { territoryId, name });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as ParkChange).park;
}

async function reference(who: string, since = 0, scope = ''): Promise<ReferenceResponse> {
  const res = await call(who, 'GET', `${REFERENCE_ROUTES.reference}?since=${since}&scope=${scope}`);
  expect(res.status).toBe(200);
  return res.json();
}

async function push(who: string, records: Record<string, unknown>[]): Promise<void> {
  const res = await call(who, 'POST', API_ROUTES.push, {
    clientId: `device-${who}`,
    mutations: records.map((r) => create('companies', r)),
  });
  expect(res.status).toBe(200);
  const { results } = await res.json();
  expect(results.every((r: { status: string }) => r.status === 'applied')).toBe(true);
}

async function pulledCompany(who: string, id: string): Promise<Record<string, unknown> | undefined> {
  const { changes } = await (await call(who, 'GET', `${API_ROUTES.pull}?since=0`)).json();
  return changes.find((c: { record: { id: string } }) => c.record.id === id)?.record;
}

describe('business parks', () => {
  it('a park created by a referent reaches the advisors of the territory, not the others', async () => {
    const before = await reference('advisor');
    const park = await createPark('referent', DIJON, 'Cap Nord');
    expect(park).toMatchObject({ territoryId: DIJON, name: 'Cap Nord', nameKey: 'cap nord', status: 'confirmed' });

    const delta = await reference('advisor', before.cursor, before.scope);
    expect(delta.full).toBe(false);
    expect(delta.parks.map((p) => p.name)).toEqual(['Cap Nord']);
    expect(delta.cursor).toBeGreaterThan(before.cursor);
    // Nothing new since: an empty answer at the same cursor.
    expect(await reference('advisor', delta.cursor, delta.scope)).toMatchObject({ parks: [], territories: [], cursor: delta.cursor });

    const elsewhere = await reference('creusotAdvisor');
    expect(elsewhere.parks.some((p) => p.id === park.id)).toBe(false);
    expect(elsewhere.territories.map((t) => t.id)).toEqual([CREUSOT]);
  });

  it('sends everything again when the cursor was taken under another scope', async () => {
    const first = await reference('advisor');
    const again = await reference('advisor', first.cursor, 'another-scope');
    expect(again.full).toBe(true);
    expect(again.territories.map((t) => t.id)).toEqual([DIJON]);
    expect(again.parks.length).toBe(first.parks.length);
  });

  it('refuses a referent the parks of another territory, and an advisor any management', async () => {
    const park = await createPark('referent', DIJON, 'Grand Sud');
    const forbidden = [
      await call('creusot', 'POST', REFERENCE_ROUTES.parks, { territoryId: DIJON, name: 'Zone Est' }),
      await call('creusot', 'PATCH', parkPath(park.id), { name: 'Grand Sud bis' }),
      await call('creusot', 'POST', parkPath(park.id, 'confirm')),
      await call('creusot', 'GET', parkPath(park.id, 'companies')),
      await call('advisor', 'PATCH', parkPath(park.id), { name: 'Grand Sud bis' }),
      await call('advisor', 'POST', REFERENCE_ROUTES.parks, { territoryId: DIJON, name: 'Zone Est' }),
    ];
    for (const res of forbidden) {
      expect(res.status).toBe(403);
      expect((await res.json()).error).toMatch(/référents de ce territoire/);
    }
    const creusotMerge = await call('creusot', 'POST', parkPath(park.id, 'merge'), { intoId: park.id });
    expect(creusotMerge.status).toBe(403);
    expect((await reference('advisor')).parks.find((p) => p.id === park.id)?.name).toBe('Grand Sud');
  });

  it('refuses a second park of the same name, accents and case aside', async () => {
    await createPark('referent', DIJON, 'Vital’Est');
    const res = await call('referent', 'POST', REFERENCE_ROUTES.parks, { territoryId: DIJON, name: 'VITAL EST' });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ field: 'name', error: expect.stringMatching(/existe déjà/) });
  });

  it('answers bad input with a French 400 naming the field, never a 500', async () => {
    const cases: [string, string, unknown, string][] = [
      ['POST', REFERENCE_ROUTES.parks, { territoryId: DIJON, name: ' ' }, 'name'],
      ['POST', REFERENCE_ROUTES.parks, { territoryId: DIJON, name: 'Zone', radiusKm: -2 }, 'radiusKm'],
      ['POST', REFERENCE_ROUTES.parks, { territoryId: DIJON, name: 'Zone', couleur: 'bleu' }, 'couleur'],
      ['POST', REFERENCE_ROUTES.parks, '{ pas du json', 'body'],
      ['POST', REFERENCE_ROUTES.parks, { territoryId: DIJON, name: 'Zone\u0000Est' }, 'name'],
      ['POST', REFERENCE_ROUTES.parks, { territoryId: DIJON, name: 'Zone \ud800 Est' }, 'name'],
      ['POST', REFERENCE_ROUTES.parks, { territoryId: 'x'.repeat(300), name: 'Zone Est' }, 'territoryId'],
      ['POST', REFERENCE_ROUTES.proposals, { id: 'x', territoryId: DIJON, name: 'Zone' }, 'id'],
      ['PATCH', parkPath('pas un id !'), { name: 'Zone' }, 'id'],
      ['PATCH', parkPath(randomUUID()), {}, 'body'],
      ['POST', parkPath(randomUUID(), 'merge'), { intoId: 42 }, 'intoId'],
    ];
    for (const [method, path, body, field] of cases) {
      const res = await call('referent', method, path, body);
      expect(res.status, `${method} ${path}`).toBe(400);
      const answer = await res.json();
      expect(answer.field, JSON.stringify(answer)).toBe(field);
      expect(answer.error).toMatch(/[a-zé]/);
    }
    expect((await call('referent', 'GET', `${REFERENCE_ROUTES.reference}?since=-1`)).status).toBe(400);
    expect((await call('referent', 'GET', `${REFERENCE_ROUTES.reference}?since=1e30`)).status).toBe(400);
    expect((await call('admin', 'PATCH', territoryPath(DIJON), { name: 'Dijon\u0007' })).status).toBe(400);
    expect((await call('referent', 'PATCH', parkPath(randomUUID()), { name: 'Zone' })).status).toBe(404);
  });
});

describe('proposals and merges', () => {
  it('merges an advisor’s proposal into an existing park and rewrites its companies for every device', async () => {
    const target = await createPark('referent', DIJON, 'Parc Valmy');
    const proposal = { id: randomUUID(), territoryId: DIJON, name: 'ZI Valmy nord' };
    const first = await call('advisor', 'POST', REFERENCE_ROUTES.proposals, proposal);
    expect(first.status).toBe(201);
    expect((await first.json()).park).toMatchObject({ status: 'proposed', name: 'ZI Valmy nord' });
    // A retried upload (the answer was lost) changes nothing.
    const retry = await call('advisor', 'POST', REFERENCE_ROUTES.proposals, proposal);
    expect(retry.status).toBe(200);
    expect((await retry.json()).park.id).toBe(proposal.id);

    const picked = company({ territoryId: DIJON, name: 'Imprimerie Bertin', zone: 'ZI Valmy nord', parkId: proposal.id });
    // Typed on a device of the previous version: no park id, the name written differently.
    const typed = company({ territoryId: DIJON, name: 'Cartonnages Morel', zone: 'zi valmy  Nord' });
    const other = company({ territoryId: DIJON, name: 'Garage Dupont', zone: 'Parc des Grésilles' });
    await push('advisor', [picked, typed, other]);

    const preview = await call('referent', 'GET', parkPath(proposal.id, 'companies'));
    expect((await preview.json()).companies.map((c: { name: string }) => c.name)).toEqual(['Cartonnages Morel', 'Imprimerie Bertin']);

    const cursor = (await reference('advisor')).cursor;
    const merged = await call('referent', 'POST', parkPath(proposal.id, 'merge'), { intoId: target.id });
    expect(merged.status).toBe(200);
    expect(await merged.json()).toMatchObject({ park: { id: proposal.id, mergedInto: target.id }, companies: 2 });

    for (const id of [picked.id, typed.id]) {
      expect(await pulledCompany('advisor', String(id))).toMatchObject({ parkId: target.id, zone: 'Parc Valmy' });
    }
    expect(await pulledCompany('advisor', String(other.id))).toMatchObject({ zone: 'Parc des Grésilles' });
    const delta = await reference('advisor', cursor, (await reference('advisor')).scope);
    expect(delta.parks.find((p) => p.id === proposal.id)).toMatchObject({ mergedInto: target.id });

    // A merged park is a signpost: it can no longer be renamed or merged.
    const again = await call('referent', 'PATCH', parkPath(proposal.id), { name: 'Autre nom' });
    expect(again.status).toBe(409);
  });

  it('merges at once a proposal whose name already exists, and confirms a referent’s own', async () => {
    const existing = await createPark('referent', DIJON, 'Zone des Longènes');
    const res = await call('advisor', 'POST', REFERENCE_ROUTES.proposals, {
      id: randomUUID(),
      territoryId: DIJON,
      name: 'zone des longenes',
    });
    expect(res.status).toBe(200);
    expect((await res.json()).park).toMatchObject({ mergedInto: existing.id, status: 'proposed' });

    const own = await call('referent', 'POST', REFERENCE_ROUTES.proposals, { id: randomUUID(), territoryId: DIJON, name: 'Parc Mazen' });
    expect(await own.json()).toMatchObject({ park: { status: 'confirmed' } });
    // A name found on a colleague's company: the referent's own tablet leaves it for review.
    const found = await call('referent', 'POST', REFERENCE_ROUTES.proposals, {
      id: randomUUID(),
      territoryId: DIJON,
      name: 'Parc Eiffel',
      review: true,
    });
    expect(await found.json()).toMatchObject({ park: { status: 'proposed', name: 'Parc Eiffel' } });
    const bad = await call('referent', 'POST', REFERENCE_ROUTES.proposals, {
      id: randomUUID(),
      territoryId: DIJON,
      name: 'Parc Arago',
      review: 'oui',
    });
    expect(bad.status).toBe(400);
  });

  it('confirms a proposal, and renames a park with its companies', async () => {
    const id = randomUUID();
    await call('advisor', 'POST', REFERENCE_ROUTES.proposals, { id, territoryId: DIJON, name: 'Parc Tech' });
    const confirmed = await call('referent', 'POST', parkPath(id, 'confirm'));
    expect((await confirmed.json()).park.status).toBe('confirmed');

    const member = company({ territoryId: DIJON, name: 'Menuiserie Lambert', zone: 'Parc Tech', parkId: id });
    // Typed with the new name before the rename, on a device of the previous version.
    const early = company({ territoryId: DIJON, name: 'Fromagerie Gaugry', zone: 'parc technologique' });
    await push('advisor', [member, early]);
    const renamed = await call('referent', 'PATCH', parkPath(id), {
      name: 'Parc technologique',
      radiusKm: 1.5,
      center: { lat: 47.35, lon: 5.05 },
    });
    expect(await renamed.json()).toMatchObject({
      park: { name: 'Parc technologique', radiusKm: 1.5, center: { lat: 47.35 } },
      companies: 2,
    });
    for (const c of [member, early])
      expect(await pulledCompany('advisor', String(c.id))).toMatchObject({ zone: 'Parc technologique', parkId: id });
  });

  it('does not accept a proposal in another territory', async () => {
    const res = await call('advisor', 'POST', REFERENCE_ROUTES.proposals, { id: randomUUID(), territoryId: CREUSOT, name: 'ZI Coriolis' });
    expect(res.status).toBe(403);
  });
});

describe('territories', () => {
  it('refuses an advisor or a referent to rename a territory (403), lets an admin, and devices pull it', async () => {
    for (const who of ['advisor', 'referent']) {
      const res = await call(who, 'PATCH', territoryPath(DIJON), { name: 'Dijon' });
      expect(res.status).toBe(403);
      expect((await res.json()).error).toMatch(/administrateurs/);
    }
    const before = await reference('advisor');
    const res = await call('admin', 'PATCH', territoryPath(DIJON), { name: 'Dijon Métropole' });
    expect(res.status).toBe(200);
    const delta = await reference('advisor', before.cursor, before.scope);
    expect(delta.territories).toMatchObject([{ id: DIJON, name: 'Dijon Métropole', retired: false }]);
    expect((await (await call('advisor', 'GET', API_ROUTES.territories)).json())[0].name).toBe('Dijon Métropole');
  });

  it('lets an admin add and retire a territory; no park goes into a retired one', async () => {
    expect((await call('referent', 'POST', REFERENCE_ROUTES.territories, { name: 'CC du Pays d’Arnay' })).status).toBe(403);
    const created = await call('admin', 'POST', REFERENCE_ROUTES.territories, { name: 'CC du Pays d’Arnay', kind: 'cc' });
    expect(created.status).toBe(201);
    const territory = await created.json();
    expect(territory).toMatchObject({ id: 'cc-du-pays-d-arnay', kind: 'cc', retired: false });
    const retired = await call('admin', 'PATCH', territoryPath(territory.id), { retired: true });
    expect(await retired.json()).toMatchObject({ retired: true });
    const park = await call('admin', 'POST', REFERENCE_ROUTES.parks, { territoryId: territory.id, name: 'ZA des Tilleuls' });
    expect(park.status).toBe(409);
    expect((await call('admin', 'PATCH', territoryPath('inconnu'), { name: 'X y' })).status).toBe(404);
    expect((await call('admin', 'PATCH', territoryPath(DIJON), { kind: 'village' })).status).toBe(400);
  });
});
