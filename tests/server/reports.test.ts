// Reports a programme sends: a closed report is kept unchanged and served again byte for byte, a
// later edit shows as a difference with a recomputation; targets set by admins; per-advisor
// activity for managers only. On the shared indicators fixture (PGlite here, PostgreSQL in CI).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../src/domain/api';
import {
  AdvisorActivityListSchema,
  CLOSED_REPORTS_ROUTE,
  ClosedReportListSchema,
  ClosedReportSchema,
  gainsByCategoryTable,
  ImplementedListSchema,
  INDICATORS_ROUTE,
  IndicatorResponseSchema,
  REPORTING_RULES,
  reportDifferences,
  TargetListSchema,
} from '../../src/domain/indicators';
import { createApp } from '../../src/server/app';
import { createUser } from '../../src/server/auth/users-repo';
import { C, D, EXPECTED, EXPECTED_ADVISORS } from '../fixtures/indicators';
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
  ] as const) {
    await createUser(store.sql, { email, name: `Nom ${email}`, role, territoryIds: [...territoryIds], password: PASSWORD });
    const res = await app.request(API_ROUTES.login, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    tokens[email] = ((await res.json()) as { token: string }).token;
  }
});
afterAll(() => store.dispose());

async function call(email: string, path: string, init: { method?: string; body?: unknown } = {}) {
  const res = await app.request(path, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${tokens[email]}`, 'content-type': 'application/json' },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, text, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

describe('closed reports', () => {
  let closedText = '';
  let closedId = '';

  it('closes a past period: the figures, the date, who, the definitions and rules, kept as sent', async () => {
    const res = await call('admin@cci.fr', CLOSED_REPORTS_ROUTE, { method: 'POST', body: { from: '2025-01-01', to: '2025-12-31' } });
    expect(res.status).toBe(201);
    const closed = ClosedReportSchema.parse(res.json);
    expect(closed.report.total).toEqual(EXPECTED.total);
    expect(closed.closedBy).toEqual({ name: 'Nom admin@cci.fr', role: 'admin' });
    expect(closed.rules).toEqual(REPORTING_RULES);
    expect(closed.definitions.length).toBeGreaterThan(10);
    closedText = res.text;
    closedId = closed.id;
  });

  it('refuses a period not yet over, and an advisor', async () => {
    const year = new Date().getUTCFullYear();
    const open = await call('admin@cci.fr', CLOSED_REPORTS_ROUTE, { method: 'POST', body: { from: `${year}-01-01`, to: `${year}-12-31` } });
    expect(open.status).toBe(409);
    expect(open.json.code).toBe('period-open');
    const advisor = await call('conseiller@cci.fr', CLOSED_REPORTS_ROUTE, {
      method: 'POST',
      body: { from: '2025-01-01', to: '2025-12-31' },
    });
    expect(advisor.status).toBe(403);
  });

  it('serves it again identical after the records changed, and the recomputation shows the differences', async () => {
    // A company of Dijon deleted after the report was closed: c2 was visited in 2025.
    await store.sql.query("UPDATE records SET deleted = true WHERE tbl = 'companies' AND id = 'c2'");
    const again = await call('admin@cci.fr', `${CLOSED_REPORTS_ROUTE}/${closedId}`);
    expect(again.status).toBe(200);
    expect(again.text).toBe(closedText);
    const closed = ClosedReportSchema.parse(again.json);
    const now = await call('admin@cci.fr', `${INDICATORS_ROUTE}?from=2025-01-01&to=2025-12-31`);
    const { definitions: _d, ...recomputed } = IndicatorResponseSchema.parse(now.json);
    const diff = reportDifferences(closed.report, recomputed);
    const dijonMobilised = diff.find((l) => l.territoryId === D && l.key === 'companies.mobilised');
    expect(dijonMobilised).toMatchObject({ before: 3, after: 2, change: -1 });
    expect(diff.find((l) => l.territoryId === null && l.key === 'companies.mobilised')).toMatchObject({ before: 6, after: 5 });
    expect(diff.some((l) => l.territoryId === C)).toBe(false);
    await store.sql.query("UPDATE records SET deleted = false WHERE tbl = 'companies' AND id = 'c2'");
  });

  it('cannot be altered nor deleted, even straight in the database', async () => {
    await expect(store.sql.query("UPDATE closed_reports SET body = '{}' WHERE id = $1", [closedId])).rejects.toThrow(/ne se modifie pas/);
    await expect(store.sql.query('DELETE FROM closed_reports WHERE id = $1', [closedId])).rejects.toThrow(/ne se modifie pas/);
  });

  it('lists closed reports: a referent sees their territories’ only', async () => {
    const mine = await call('referente@cci.fr', CLOSED_REPORTS_ROUTE, { method: 'POST', body: { from: '2025-01-01', to: '2025-03-31' } });
    expect(mine.status).toBe(201);
    const all = ClosedReportListSchema.parse((await call('admin@cci.fr', CLOSED_REPORTS_ROUTE)).json);
    expect(all.reports.map((r) => [r.range.to, r.programme])).toEqual([
      ['2025-03-31', false],
      ['2025-12-31', true],
    ]);
    const theirs = ClosedReportListSchema.parse((await call('referente@cci.fr', CLOSED_REPORTS_ROUTE)).json);
    expect(theirs.reports.map((r) => r.territoryIds)).toEqual([[D]]);
    expect((await call('referente@cci.fr', `${CLOSED_REPORTS_ROUTE}/${closedId}`)).status).toBe(404);
  });
});

describe('targets, per-advisor activity and the implemented synergies', () => {
  it('lists the synergies in « Mise en œuvre » at the period’s end, with their dates and gains', async () => {
    const res = await call('admin@cci.fr', `${INDICATORS_ROUTE}/implemented?from=2025-01-01&to=2025-12-31`);
    expect(res.status).toBe(200);
    const { synergies } = ImplementedListSchema.parse(res.json);
    // L10 was rejected in 2026: for 2025 it is implemented. L5 reached only « En étude », in 2026.
    expect(synergies.map((s) => [s.id, new Date(s.implementedAt!).toISOString().slice(0, 10), s.gains.eurSaved])).toEqual([
      ['L1', '2025-05-01', 0],
      ['L10', '2025-10-01', 100],
    ]);
    // Both carry cardboard (15 01 01): chapter 15 of the waste list, and the materials family.
    expect(gainsByCategoryTable(synergies).rows).toEqual([
      [expect.stringMatching(/^Chapitre 15 — Emballages/), 8, 0, 10.08],
      ['Famille : Matières', 8, 0, 10.08],
    ]);
  });

  it('lets an admin set a target per territory and year; a referent reads their territories’ only', async () => {
    const set = await call('admin@cci.fr', `${INDICATORS_ROUTE}/targets`, {
      method: 'PUT',
      body: { territoryId: D, year: 2025, indicator: 'companiesMobilised', value: 4 },
    });
    expect(set.status).toBe(200);
    await call('admin@cci.fr', `${INDICATORS_ROUTE}/targets`, {
      method: 'PUT',
      body: { territoryId: C, year: 2025, indicator: 'implemented', value: 2 },
    });
    const refused = await call('referente@cci.fr', `${INDICATORS_ROUTE}/targets`, {
      method: 'PUT',
      body: { territoryId: D, year: 2025, indicator: 'companiesMobilised', value: 1 },
    });
    expect(refused.status).toBe(403);
    const theirs = TargetListSchema.parse((await call('referente@cci.fr', `${INDICATORS_ROUTE}/targets?year=2025`)).json);
    expect(theirs.targets).toEqual([{ territoryId: D, year: 2025, indicator: 'companiesMobilised', value: 4 }]);
    const bad = await call('admin@cci.fr', `${INDICATORS_ROUTE}/targets`, {
      method: 'PUT',
      body: { territoryId: D, year: 2025, indicator: 'x', value: 1 },
    });
    expect(bad.status).toBe(400);
  });

  it('counts what each person created in the period, for managers only', async () => {
    const res = await call('admin@cci.fr', `${INDICATORS_ROUTE}/advisors?from=2025-01-01&to=2025-12-31`);
    expect(res.status).toBe(200);
    expect(AdvisorActivityListSchema.parse(res.json).advisors).toEqual(EXPECTED_ADVISORS);
    const dijon = AdvisorActivityListSchema.parse(
      (await call('referente@cci.fr', `${INDICATORS_ROUTE}/advisors?from=2025-01-01&to=2025-12-31`)).json,
    );
    // Dijon's records only: c4, c5, f5, f6 and L3 are Creusot's; L2 spans both.
    expect(dijon.advisors.find((a) => a.userId === 'u-adv-dc')).toMatchObject({ visits: 3, companies: 2, flux: 2, leads: 1 });
    expect(dijon.advisors.find((a) => a.userId === 'u-adv-c')).toBeUndefined();
    expect(dijon.advisors.find((a) => a.userId === 'u-ref-d')).toMatchObject({ leads: 2 });
    expect((await call('conseiller@cci.fr', `${INDICATORS_ROUTE}/advisors?from=2025-01-01&to=2025-12-31`)).status).toBe(403);
  });
});
