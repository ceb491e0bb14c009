// The effective history on the server: a status that lost a conflict is kept in the history but
// marked lost by a conflict line naming the kept move, a rejection reason never stays beside
// another status, and the server's indicators count only stages that took effect, as the device does.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../src/domain/api';
import { readHistory, type HistoryEntry } from '../../src/domain';
import { computeIndicators } from '../../src/domain/indicators';
import type { MutationResult, PullResponse } from '../../src/domain/sync-protocol';
import { createApp } from '../../src/server/app';
import { createUser } from '../../src/server/auth/users-repo';
import { serverReport } from '../../src/server/indicators/server-report';
import { EFFECTIVE_FUNNEL, EFFECTIVE_LEADS, EFFECTIVE_REALISED_TONNES, RANGE_2025, T } from '../fixtures/effective-history';
import { company, create, edit, uniqueId } from './helpers/fixtures';
import { openTestStore, type TestStore } from './helpers/test-store';

let store: TestStore;
let app: ReturnType<typeof createApp>;
const tokens: Record<string, string> = {};
const users: Record<string, string> = {};

beforeAll(async () => {
  store = await openTestStore();
  app = createApp({ sql: store.sql, log: () => undefined });
  for (const who of ['alice', 'bob']) {
    const user = await createUser(store.sql, {
      email: `${who}@cci.fr`,
      name: who,
      role: 'referent',
      territoryIds: [T],
      password: 'correct horse',
    });
    users[who] = user.id;
    const res = await app.request(API_ROUTES.login, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `${who}@cci.fr`, password: 'correct horse' }),
    });
    tokens[who] = ((await res.json()) as { token: string }).token;
  }
  // The server derives a follow-up's territories from its companies: they must be known to it.
  const companies = [
    company({ id: 'co-a', name: 'Cartonnerie', territoryId: T }),
    company({ id: 'co-b', name: 'Papeterie', territoryId: T }),
  ];
  expect(
    (
      await pushAs(
        'alice',
        companies.map((c) => create('companies', c)),
      )
    ).map((r) => r.status),
  ).toEqual(['applied', 'applied']);
});
afterAll(() => store.dispose());

async function pushAs(who: string, mutations: unknown[]): Promise<MutationResult[]> {
  const res = await app.request(API_ROUTES.push, {
    method: 'POST',
    headers: { authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/json' },
    body: JSON.stringify({ clientId: `device-${who}`, mutations }),
  });
  return ((await res.json()) as { results: MutationResult[] }).results;
}

async function pulled(who: string, id: string): Promise<Record<string, unknown>> {
  const res = await app.request(`${API_ROUTES.pull}?since=0&limit=500`, { headers: { authorization: `Bearer ${tokens[who]}` } });
  const page = (await res.json()) as PullResponse;
  return page.changes.find((c) => c.table === 'followups' && c.record.id === id)!.record as Record<string, unknown>;
}

const entry = (by: string, from: string | null, to: string, at = Date.now()) => ({
  id: randomUUID(),
  at,
  by: users[by],
  byName: by,
  from,
  to,
  comment: '',
});

async function opened(): Promise<{ id: string; rev: number }> {
  const id = uniqueId('sub');
  const [result] = await pushAs('alice', [
    create('followups', {
      id,
      synergyId: `sub:${id}`,
      territoryIds: [T],
      status: 'proposed',
      snapshot: {
        kind: 'substitution',
        family: 'materials',
        resourceCodes: ['mat.cardboard'],
        companies: [
          { id: 'co-a', name: 'Cartonnerie', territoryId: T },
          { id: 'co-b', name: 'Papeterie', territoryId: T },
        ],
      },
      history: [entry('alice', null, 'proposed', 1_700_000_000_000)],
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_000,
      rev: 0,
      deleted: false,
    }),
  ]);
  expect(result?.status).toBe('applied');
  return { id, rev: (result as { rev: number }).rev };
}

describe('a status that lost a sync conflict', () => {
  it('stays in the history, marked lost by a conflict line that names the kept move; the newest line agrees with the status', async () => {
    const { id, rev } = await opened();
    const aliceMove = entry('alice', 'proposed', 'retained');
    expect((await pushAs('alice', [edit('followups', id, rev, { status: 'retained', history: [aliceMove] })]))[0]?.status).toBe('applied');
    // Bob moved it offline, earlier by his clock, and rejected it with a reason.
    const bobMove = entry('bob', 'proposed', 'rejected', aliceMove.at - 60_000);
    const [result] = await pushAs('bob', [
      edit('followups', id, rev, { status: 'rejected', rejection: { reason: 'too-far', text: '' }, history: [bobMove] }),
    ]);
    expect(result).toMatchObject({ status: 'conflict', fields: ['status', 'rejection'] });

    // The winner's device receives the same story.
    const record = await pulled('alice', id);
    expect(record.status).toBe('retained');
    expect(record.rejection).toBeUndefined();
    const history = record.history as HistoryEntry[];
    const newest = history.at(-1)!;
    expect(newest).toMatchObject({
      kind: 'conflict',
      from: 'rejected',
      to: 'retained',
      lost: [bobMove.id],
      won: aliceMove.id,
      by: users.bob,
    });
    const lines = readHistory(history);
    expect(lines.find((l) => l.entry.id === bobMove.id)).toMatchObject({
      counts: false,
      outcome: { kind: 'lost', winner: { id: aliceMove.id } },
    });
    expect(lines.filter((l) => l.counts).map((l) => l.entry.to)).toEqual(['proposed', 'retained']);
  });

  it('answers a resent conflicting push the same way, without a second conflict line', async () => {
    const { id, rev } = await opened();
    await pushAs('alice', [edit('followups', id, rev, { status: 'connected', history: [entry('alice', 'proposed', 'connected')] })]);
    const bobs = edit('followups', id, rev, { status: 'implemented', history: [entry('bob', 'proposed', 'implemented')] });
    await pushAs('bob', [bobs]);
    await pushAs('bob', [bobs]);
    const history = (await pulled('alice', id)).history as HistoryEntry[];
    expect(history.filter((h) => h.kind === 'conflict')).toHaveLength(1);
  });
});

describe('forged lines', () => {
  it('refuses a conflict line sent by a device: only the server records one', async () => {
    const { id, rev } = await opened();
    const aliceMove = entry('alice', 'proposed', 'retained');
    const [applied] = await pushAs('alice', [edit('followups', id, rev, { status: 'retained', history: [aliceMove] })]);
    const forged = { ...entry('bob', 'retained', 'proposed'), kind: 'conflict', lost: [aliceMove.id] };
    const [result] = await pushAs('bob', [edit('followups', id, (applied as { rev: number }).rev, { history: [forged] })]);
    expect(result).toMatchObject({
      status: 'rejected',
      code: 'invalid',
      error: 'Seul le serveur inscrit un conflit de synchronisation dans l’historique',
    });
    const history = (await pulled('alice', id)).history as HistoryEntry[];
    expect(
      readHistory(history)
        .filter((l) => l.counts)
        .map((l) => l.entry.to),
    ).toEqual(['proposed', 'retained']);
  });
});

describe('status and reason together', () => {
  it('drops a rejection reason pushed beside a status other than « Écartée »', async () => {
    const { id, rev } = await opened();
    const [result] = await pushAs('alice', [
      edit('followups', id, rev, {
        status: 'retained',
        rejection: { reason: 'too-far', text: '' },
        history: [entry('alice', 'proposed', 'retained')],
      }),
    ]);
    expect(result?.status).toBe('applied');
    const record = await pulled('bob', id);
    expect(record.status).toBe('retained');
    expect(record.rejection).toBeUndefined();
  });
});

describe('indicators on the server', () => {
  it('count only stages that took effect, as the device does: three moves to « Mise en œuvre », one stuck', async () => {
    for (const lead of EFFECTIVE_LEADS) {
      await store.sql.query(
        `INSERT INTO records (tbl, id, rev, territory_id, company_id, deleted, data, field_revs)
         VALUES ('followups', $1, nextval('change_rev'), $2, NULL, false, $3::jsonb, '{}'::jsonb)`,
        [lead.id, T, JSON.stringify(lead)],
      );
    }
    const report = await serverReport(store.sql, { range: RANGE_2025, territoryIds: [T], programme: false });
    expect(report.territories[T]!.funnel).toEqual(EFFECTIVE_FUNNEL);
    expect(report.territories[T]!.gains.realised.materials.tonnesDiverted).toBe(EFFECTIVE_REALISED_TONNES);
    const device = computeIndicators({
      range: RANGE_2025,
      territoryIds: [T],
      programme: false,
      source: 'server',
      companies: [],
      visits: [],
      flux: [],
      workshops: [],
      followups: EFFECTIVE_LEADS,
      accountsKnown: true,
      activity: [],
    });
    expect(report.territories[T]!.funnel).toEqual(device.territories[T]!.funnel);
    expect(report.territories[T]!.gains).toEqual(device.territories[T]!.gains);
  });
});
