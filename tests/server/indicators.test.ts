// The indicators route: the server's SQL gives the same figures as the device's computation on the
// shared fixture (PGlite here, PostgreSQL in CI), scoped by role; sign-ins and syncs are logged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../src/domain/api';
import { computeIndicators, INDICATOR_LIST, INDICATORS_ROUTE, IndicatorResponseSchema } from '../../src/domain/indicators';
import { createApp } from '../../src/server/app';
import { createUser } from '../../src/server/auth/users-repo';
import { ALL_TERRITORIES, C, D, EXPECTED, G, EXPECTED_MONTHS, EXPECTED_TOP, fixtureInput } from '../fixtures/indicators';
import { loadIndicatorFixture } from '../fixtures/indicators-store';
import { openTestStore, type TestStore } from './helpers/test-store';

let store: TestStore;
let app: ReturnType<typeof createApp>;
const tokens: Record<string, string> = {};
const PASSWORD = 'correct horse battery';

beforeAll(async () => {
  store = await openTestStore();
  app = createApp({ sql: store.sql, log: () => undefined });
  await loadIndicatorFixture(store.sql);
  for (const [email, role, territoryIds] of [
    ['admin@cci.fr', 'admin', []],
    ['referente@cci.fr', 'referent', [D]],
    ['conseiller@cci.fr', 'advisor', [D]],
    ['animatrice@cci.fr', 'animator', [C]],
  ] as const) {
    await createUser(store.sql, { email, name: email, role, territoryIds: [...territoryIds], password: PASSWORD });
    const res = await app.request(API_ROUTES.login, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    tokens[email] = ((await res.json()) as { token: string }).token;
  }
});
afterAll(() => store.dispose());

async function get(email: string | undefined, query = 'from=2025-01-01&to=2025-12-31') {
  const res = await app.request(`${INDICATORS_ROUTE}?${query}`, { headers: email ? { authorization: `Bearer ${tokens[email]}` } : {} });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('indicators on the server', () => {
  it('gives an admin every figure of the programme, the same as the device computes', async () => {
    const { status, body } = await get('admin@cci.fr');
    expect(status).toBe(200);
    const report = IndicatorResponseSchema.parse(body);
    expect(report.programme).toBe(true);
    expect(report.source).toBe('server');
    expect(report.territoryIds).toEqual([...ALL_TERRITORIES].sort());
    expect(report.total).toEqual(EXPECTED.total);
    expect(report.territories).toEqual(EXPECTED.territories);
    expect(report.topResources).toEqual(EXPECTED_TOP);
    expect(report.months).toEqual(EXPECTED_MONTHS);
    const { definitions, ...figures } = report;
    expect(definitions).toEqual(INDICATOR_LIST);
    expect({ ...figures, source: 'device' }).toEqual(computeIndicators(fixtureInput(ALL_TERRITORIES, true)));
  });

  it('filters an admin’s figures by territory, with the device’s answers', async () => {
    const { body } = await get('admin@cci.fr', `from=2025-01-01&to=2025-12-31&territory=${C},${D}`);
    const { definitions: _d, ...report } = IndicatorResponseSchema.parse(body);
    expect(report.programme).toBe(false);
    expect(report.territoryIds).toEqual([D, C].sort());
    expect({ ...report, source: 'device' }).toEqual(computeIndicators(fixtureInput([C, D], false)));
    expect(report.total.funnel.proposed).toBe(8);
    // No admin outside the programme's total.
    expect(report.total.accounts.byRole.admin).toBe(0);
  });

  it('gives Creusot the same figures alone as with every territory', async () => {
    const { body } = await get('admin@cci.fr', `from=2025-01-01&to=2025-12-31&territory=${C}`);
    const report = IndicatorResponseSchema.parse(body);
    expect(report.territories[C]).toEqual(EXPECTED.territories[C]);
    expect(report.total).toEqual(EXPECTED.territories[C]);
  });

  it('keeps a removed account’s activity, anonymised, with the role and territories it had then', async () => {
    const rows = await store.sql.query<{ user_id: string; role: string; territory_ids: string[] }>(
      "SELECT user_id, role, territory_ids FROM user_activity WHERE user_id LIKE 'removed-%'",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ role: 'advisor', territory_ids: [C] });
    expect(await store.sql.query("SELECT 1 FROM users WHERE id = 'u-gone'")).toHaveLength(0);
    const { body } = await get('admin@cci.fr');
    const report = IndicatorResponseSchema.parse(body);
    expect(report.territories[C]!.accounts).toEqual(EXPECTED.territories[C]!.accounts);
    // u-adv-dc is now G's referent; in 2025 it was an advisor of Dijon and Creusot.
    expect(report.territories[G]!.accounts.active).toBe(0);
  });

  it('counts a quarter as the device does', async () => {
    const { body } = await get('admin@cci.fr', 'from=2025-01-01&to=2025-03-31');
    const { definitions: _d, ...report } = IndicatorResponseSchema.parse(body);
    const device = computeIndicators({ ...fixtureInput(ALL_TERRITORIES, true), range: { from: '2025-01-01', to: '2025-03-31' } });
    expect({ ...report, source: 'device' }).toEqual(device);
    // L1 was connected on 1 March, L2 and L10 only retained by 31 March (connected in April).
    expect(report.total.funnel).toEqual({ proposed: 3, retained: 3, connected: 1, studying: 0, implemented: 0 });
  });

  it('gives a referent their territories only, and refuses another territory', async () => {
    const { status, body } = await get('referente@cci.fr');
    expect(status).toBe(200);
    const { definitions: _d, ...report } = IndicatorResponseSchema.parse(body);
    expect(report.territoryIds).toEqual([D]);
    expect(report.programme).toBe(false);
    expect(report.territories[D]).toEqual(EXPECTED.territories[D]);
    expect(report.total).toEqual(EXPECTED.territories[D]);
    const other = await get('referente@cci.fr', `territory=${C}`);
    expect(other.status).toBe(403);
    expect(other.body.error).toMatch(/n’est pas l’un des vôtres/);
  });

  it('refuses advisors and animators, and anyone not signed in', async () => {
    for (const email of ['conseiller@cci.fr', 'animatrice@cci.fr']) {
      const { status, body } = await get(email);
      expect(status).toBe(403);
      expect(body.error).toMatch(/réservés aux référents et aux administrateurs/);
    }
    expect((await get(undefined)).status).toBe(401);
  });

  it('answers a bad period or an unknown territory with a French 400', async () => {
    const reversed = await get('admin@cci.fr', 'from=2025-06-01&to=2025-01-01');
    expect(reversed.status).toBe(400);
    expect(reversed.body.error).toMatch(/La date de fin précède la date de début/);
    const badDate = await get('admin@cci.fr', 'from=2025-13-01');
    expect(badDate.status).toBe(400);
    const unknown = await get('admin@cci.fr', 'territory=atlantide');
    expect(unknown).toEqual({ status: 400, body: { error: 'Territoire inconnu : atlantide', field: 'territory', code: 'invalid' } });
  });

  it('logs sign-ins and syncs, once a day, and counts them as active accounts', async () => {
    await app.request(`${API_ROUTES.pull}?since=0`, { headers: { authorization: `Bearer ${tokens['conseiller@cci.fr']}` } });
    await app.request(`${API_ROUTES.pull}?since=0`, { headers: { authorization: `Bearer ${tokens['conseiller@cci.fr']}` } });
    const rows = await store.sql.query<{ kind: string }>(
      "SELECT kind FROM user_activity a JOIN users u ON u.id = a.user_id WHERE u.email = 'conseiller@cci.fr' ORDER BY kind",
    );
    expect(rows.map((r) => r.kind)).toEqual(['sign-in', 'sync']);
    const today = new Date().toISOString().slice(0, 10);
    const { body } = await get('admin@cci.fr', `from=${today}&to=${today}`);
    const report = IndicatorResponseSchema.parse(body);
    expect(report.total.accounts.byRole).toEqual({ admin: 1, referent: 1, advisor: 1, animator: 1 });
    expect(report.territories[D]!.accounts.active).toBe(2);
  });

  // Last: it drops the activity table.
  it('signs in even when the activity cannot be noted, and says so in the log', async () => {
    const logged: string[] = [];
    const logging = createApp({ sql: store.sql, log: (message) => logged.push(message) });
    await createUser(store.sql, { email: 'tardive@cci.fr', name: 'Tardive', role: 'referent', territoryIds: [D], password: PASSWORD });
    await store.sql.exec('DROP TABLE user_activity');
    const res = await logging.request(API_ROUTES.login, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'tardive@cci.fr', password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    expect(logged).toEqual(['Journal d’activité : écriture impossible']);
  });
});
