// Follow-ups through the HTTP API: roles enforced by the server, a follow-up shared by the
// referents of each of its territories and no others, append-only history and notes, conflicts
// on status, and bad bodies answered 4xx or rejected, never 5xx.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../src/domain/api';
import type { Role } from '../../src/domain/user';
import type { Mutation, MutationResult, PullResponse } from '../../src/domain/sync-protocol';
import { createUser } from '../../src/server/auth/users-repo';
import { createApp } from '../../src/server/app';
import { company, create, edit, uniqueId } from './helpers/fixtures';
import { openTestStore, type TestStore } from './helpers/test-store';

let store: TestStore;
let app: ReturnType<typeof createApp>;
const tokens: Record<string, string> = {};
const users: Record<string, string> = {};

const ACCOUNTS: [string, Role, string[]][] = [
  ['ref-dijon', 'referent', ['dijon-metropole']],
  ['ref-dijon-2', 'referent', ['dijon-metropole']],
  ['ref-creusot', 'referent', ['cu-creusot-montceau']],
  ['ref-charolais', 'referent', ['cc-grand-charolais']],
  ['adv-dijon', 'advisor', ['dijon-metropole']],
  ['anim-creusot', 'animator', ['cu-creusot-montceau']],
];

beforeAll(async () => {
  store = await openTestStore();
  const distDir = mkdtempSync(join(tmpdir(), 'st-dist-'));
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>app</title>');
  app = createApp({ sql: store.sql, distDir, log: () => undefined });
  for (const [who, role, territoryIds] of ACCOUNTS) {
    const user = await createUser(store.sql, { email: `${who}@cci.fr`, name: who, role, territoryIds, password: 'correct horse' });
    users[who] = user.id;
    const res = await app.request(API_ROUTES.login, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `${who}@cci.fr`, password: 'correct horse' }),
    });
    tokens[who] = (await res.json()).token;
  }
  // The companies the follow-ups below are about: the server derives their territories from them.
  for (const [who, id, name, territoryId] of [
    ['ref-creusot', 'co-a', 'Fonderie du Creusot', 'cu-creusot-montceau'],
    ['ref-dijon', 'co-b', 'Menuiserie Bois & Cie', 'dijon-metropole'],
  ] as const) {
    const { results } = await pushAs(who, [create('companies', company({ id, name, territoryId }))]);
    expect(results[0]?.status).toBe('applied');
  }
});
afterAll(() => store.dispose());

const headers = (who: string) => ({ authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/json' });

async function pushAs(
  who: string,
  mutations: unknown[],
  clientId = `device-${who}`,
): Promise<{ status: number; results: MutationResult[]; body: unknown }> {
  const res = await app.request(API_ROUTES.push, { method: 'POST', headers: headers(who), body: JSON.stringify({ clientId, mutations }) });
  const body = await res.json();
  return { status: res.status, results: (body as { results?: MutationResult[] }).results ?? [], body };
}

async function pullAs(who: string): Promise<PullResponse['changes']> {
  const all: PullResponse['changes'] = [];
  let since = 0;
  for (;;) {
    const res = await app.request(`${API_ROUTES.pull}?since=${since}&limit=200`, { headers: headers(who) });
    const page = (await res.json()) as PullResponse;
    all.push(...page.changes);
    since = page.cursor;
    if (!page.hasMore) return all;
  }
}

const pulledFollowup = async (who: string, id: string) =>
  (await pullAs(who)).find((c) => c.table === 'followups' && c.record.id === id)?.record as Record<string, unknown> | undefined;

const revOf = (r: MutationResult | undefined): number => (r && 'rev' in r ? r.rev : -1);

const entry = (by: string, from: string | null, to: string, at = Date.now()) => ({
  id: randomUUID(),
  at,
  by,
  byName: by,
  from,
  to,
  comment: '',
});
const note = (by: string, text: string, at = Date.now()) => ({ id: randomUUID(), at, by, byName: by, text });

/** A follow-up of a synergy between a Dijon and a Creusot company, as a device creates it. */
function followup(by: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const id = uniqueId('sub');
  return {
    id,
    synergyId: `sub:${id}`,
    origin: 'matching',
    territoryIds: ['cu-creusot-montceau', 'dijon-metropole'],
    status: 'proposed',
    snapshot: {
      kind: 'substitution',
      family: 'materials',
      resourceCodes: ['mat.wood-offcuts'],
      fluxIds: ['fx-1', 'fx-2'],
      companies: [
        { id: 'co-a', name: 'Fonderie du Creusot', territoryId: 'cu-creusot-montceau' },
        { id: 'co-b', name: 'Menuiserie Bois & Cie', territoryId: 'dijon-metropole' },
      ],
      explanation: 'Menuiserie Bois & Cie a à donner : chutes de bois, à 78 km de Fonderie du Creusot.',
    },
    history: [entry(users[by]!, null, 'proposed', 1_700_000_000_000)],
    notes: [],
    createdBy: users[by],
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    rev: 0,
    deleted: false,
    ...overrides,
  };
}

async function opened(by = 'ref-dijon', overrides: Record<string, unknown> = {}) {
  const record = followup(by, overrides);
  const { results } = await pushAs(by, [create('followups', record)]);
  expect(results[0]?.status).toBe('applied');
  return { record, id: String(record.id), rev: revOf(results[0]) };
}

const statusChange = (id: string, base: number, by: string, from: string, to: string, extra: Record<string, unknown> = {}) =>
  edit('followups', id, base, { status: to, history: [entry(users[by]!, from, to)], ...extra });

describe('roles', () => {
  it('refuses an advisor’s status change while a referent’s is applied', async () => {
    const { id, rev } = await opened('adv-dijon');
    const refused = await pushAs('adv-dijon', [statusChange(id, rev, 'adv-dijon', 'proposed', 'retained')]);
    expect(refused.status).toBe(200);
    expect(refused.results[0]).toMatchObject({
      status: 'rejected',
      error: 'Seuls les référents et les administrateurs peuvent modifier le statut d’un suivi',
    });
    expect((await pulledFollowup('ref-dijon', id))?.status).toBe('proposed');

    const applied = await pushAs('ref-dijon', [statusChange(id, rev, 'ref-dijon', 'proposed', 'retained')]);
    expect(applied.results[0]?.status).toBe('applied');
    const record = await pulledFollowup('adv-dijon', id);
    expect(record?.status).toBe('retained');
    expect((record?.history as { to: string }[]).map((h) => h.to)).toEqual(['proposed', 'retained']);
  });

  it('lets advisors and animators propose and add notes, and nothing else', async () => {
    const { id, rev } = await opened('anim-creusot');
    expect(
      (await pushAs('adv-dijon', [edit('followups', id, rev, { notes: [note(users['adv-dijon']!, 'Gérant intéressé')] })])).results[0]
        ?.status,
    ).toBe('applied');
    for (const fields of [
      { realisedGains: { tonnesDiverted: 12, overrideReason: '' } },
      { nextAction: { text: 'Appeler', assigneeName: '' } },
      { checks: { byProduct: 'ok', endOfWaste: 'na', wasteRegister: 'na', agreementSigned: 'todo' } },
      { history: [entry(users['adv-dijon']!, 'proposed', 'implemented')] },
    ]) {
      const { results } = await pushAs('adv-dijon', [edit('followups', id, rev, fields)]);
      expect(results[0], JSON.stringify(fields)).toMatchObject({
        status: 'rejected',
        error: expect.stringMatching(/^Seuls les référents/),
      });
    }
    const deleted = await pushAs('anim-creusot', [edit('followups', id, rev, {}, 'delete')]);
    expect(deleted.results[0]).toMatchObject({ status: 'rejected', error: expect.stringMatching(/supprimer un suivi/) });
    const created = await pushAs('adv-dijon', [
      create('followups', followup('adv-dijon', { status: 'retained', history: [entry(users['adv-dijon']!, null, 'retained')] })),
    ]);
    expect(created.results[0]?.status).toBe('rejected');
  });
});

describe('territories', () => {
  it('a cross-territory follow-up reaches the referents of both territories and no third one', async () => {
    const { id, rev } = await opened('ref-dijon');
    expect(await pulledFollowup('ref-dijon', id)).toBeDefined();
    expect(await pulledFollowup('ref-creusot', id)).toBeDefined();
    expect(await pulledFollowup('ref-charolais', id)).toBeUndefined();
    // The Creusot referent follows it too…
    const { results } = await pushAs('ref-creusot', [statusChange(id, rev, 'ref-creusot', 'proposed', 'connected')]);
    expect(results[0]?.status).toBe('applied');
    // …the third territory's referent may not touch it: the whole push is refused.
    const foreign = await pushAs('ref-charolais', [statusChange(id, rev, 'ref-charolais', 'proposed', 'rejected')]);
    expect(foreign.status).toBe(403);
    expect((await pulledFollowup('ref-dijon', id))?.status).toBe('connected');
  });

  it('refuses a follow-up of territories the user lacks, and a change of its territories', async () => {
    const foreign = await pushAs('ref-charolais', [create('followups', followup('ref-charolais'))]);
    expect(foreign.status).toBe(403);
    const { id, rev } = await opened('ref-dijon');
    const moved = await pushAs('ref-dijon', [edit('followups', id, rev, { territoryIds: ['dijon-metropole', 'cc-grand-charolais'] })]);
    expect(moved.results[0]).toMatchObject({ status: 'rejected', error: 'Les territoires d’un suivi ne peuvent pas changer' });
    expect(await pulledFollowup('ref-charolais', id)).toBeUndefined();
  });

  it('keeps companies scoped to their one territory as before', async () => {
    const company = {
      id: uniqueId('co'),
      name: 'Laiterie',
      territoryId: 'dijon-metropole',
      createdAt: 1,
      updatedAt: 1,
      rev: 0,
      deleted: false,
    };
    expect((await pushAs('ref-dijon', [create('companies', company)])).results[0]?.status).toBe('applied');
    expect((await pullAs('ref-creusot')).some((c) => c.record.id === company.id)).toBe(false);
    expect((await pullAs('ref-dijon-2')).some((c) => c.record.id === company.id)).toBe(true);
  });
});

describe('merging', () => {
  it('keeps the notes two referents added concurrently, and both histories', async () => {
    const { id, rev } = await opened('ref-dijon');
    const a = await pushAs('ref-dijon', [edit('followups', id, rev, { notes: [note(users['ref-dijon']!, 'Note de Dijon', 10)] })]);
    const b = await pushAs('ref-creusot', [edit('followups', id, rev, { notes: [note(users['ref-creusot']!, 'Note du Creusot', 5)] })]);
    expect([a.results[0]?.status, b.results[0]?.status]).toEqual(['applied', 'applied']);
    const record = await pulledFollowup('ref-dijon-2', id);
    expect((record?.notes as { text: string }[]).map((n) => n.text)).toEqual(['Note du Creusot', 'Note de Dijon']);
  });

  it('records a conflict when two referents change the status concurrently, history keeping both', async () => {
    const { id, rev } = await opened('ref-dijon');
    const a = await pushAs('ref-dijon', [statusChange(id, rev, 'ref-dijon', 'proposed', 'retained')]);
    expect(a.results[0]?.status).toBe('applied');
    const b = await pushAs('ref-dijon-2', [
      statusChange(id, rev, 'ref-dijon-2', 'proposed', 'rejected', { rejection: { reason: 'too-far', text: '' } }),
    ]);
    expect(b.results[0]).toMatchObject({ status: 'conflict', fields: ['status', 'rejection'] });
    const server = (b.results[0] as Extract<MutationResult, { status: 'conflict' }>).server;
    expect(server.status).toBe('retained');
    expect(server.rejection).toBeUndefined();
    // Both moves stay; the conflict line after them says which one the status came from.
    expect((server.history as { to: string; kind?: string }[]).map((h) => [h.to, h.kind])).toEqual([
      ['proposed', undefined],
      ['retained', undefined],
      ['rejected', undefined],
      ['retained', 'conflict'],
    ]);
  });

  it('records a conflict on gains edited on two devices, and merges expected with realised', async () => {
    const { id, rev } = await opened('ref-dijon');
    const gains = (t: number) => ({ tonnesDiverted: t, overrideReason: '' });
    await pushAs('ref-dijon', [edit('followups', id, rev, { expectedGains: gains(40) })]);
    const other = await pushAs('ref-creusot', [edit('followups', id, rev, { expectedGains: gains(55), realisedGains: gains(12) })]);
    expect(other.results[0]).toMatchObject({ status: 'conflict', fields: ['expectedGains'] });
    const record = await pulledFollowup('ref-dijon', id);
    expect(record).toMatchObject({ expectedGains: gains(40), realisedGains: gains(12) });
  });

  it('two devices opening the same synergy offline make one follow-up, without a conflict', async () => {
    const { record, id, rev } = await opened('ref-dijon');
    await pushAs('ref-dijon', [statusChange(id, rev, 'ref-dijon', 'proposed', 'retained')]);
    const mine = {
      ...record,
      createdBy: users['ref-creusot'],
      createdAt: 1_700_000_000_500,
      history: [entry(users['ref-creusot']!, null, 'proposed', 1_700_000_000_500)],
      notes: [note(users['ref-creusot']!, 'Vu en atelier')],
    };
    const { results } = await pushAs('ref-creusot', [create('followups', mine)]);
    expect(results[0]?.status).toBe('applied');
    const merged = await pulledFollowup('ref-dijon', id);
    expect(merged).toMatchObject({ status: 'retained', createdBy: users['ref-dijon'] });
    // It was already open: the second « Ouverte » line is not added, the first opener stays.
    expect((merged?.history as { from: string | null; to: string }[]).map((h) => [h.from, h.to])).toEqual([
      [null, 'proposed'],
      ['proposed', 'retained'],
    ]);
    expect((merged?.notes as { text: string }[]).map((n) => n.text)).toEqual(['Vu en atelier']);
  });

  it('clears the next action when a device sends null, and answers a retry as a duplicate', async () => {
    const { id, rev } = await opened('ref-dijon');
    const set = await pushAs('ref-dijon', [
      edit('followups', id, rev, { nextAction: { text: 'Visite commune', dueDate: '2026-12-01', assigneeName: '' } }),
    ]);
    const clear = edit('followups', id, revOf(set.results[0]), { nextAction: null });
    expect((await pushAs('ref-dijon', [clear])).results[0]?.status).toBe('applied');
    expect((await pushAs('ref-dijon', [clear])).results[0]?.status).toBe('duplicate');
    expect((await pulledFollowup('ref-dijon', id))?.nextAction).toBeUndefined();
  });
});

describe('bad follow-up bodies', () => {
  /** Deterministic pseudo-random values (xorshift), so a failure can be replayed. */
  function random(seed: number) {
    let x = seed;
    return () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return (x >>> 0) / 2 ** 32;
    };
  }
  const JUNK: unknown[] = [
    null,
    0,
    -1,
    1e308,
    '',
    'x'.repeat(3000),
    '\u0000',
    [],
    [null],
    {},
    { id: 5 },
    true,
    [{ id: 'a', at: 'hier' }],
    { reason: 'nope' },
  ];

  it('answers 4xx or a rejected mutation, never 5xx, whatever the fields hold', async () => {
    const { id, rev } = await opened('ref-dijon');
    const next = random(20261123);
    const fields = Object.keys(followup('ref-dijon'));
    const mutations: Mutation[] = [];
    for (let i = 0; i < 60; i++) {
      const body = followup('ref-dijon');
      const broken: Record<string, unknown> = {};
      for (let k = 0; k < 1 + Math.floor(next() * 3); k++) {
        broken[fields[Math.floor(next() * fields.length)]!] = JUNK[Math.floor(next() * JUNK.length)];
      }
      mutations.push(i % 2 === 0 ? create('followups', { ...body, ...broken, id: body.id }) : edit('followups', id, rev, broken));
    }
    for (const who of ['ref-dijon', 'adv-dijon']) {
      for (const m of mutations) {
        const { status, results } = await pushAs(who, [m]);
        expect(status, JSON.stringify(m.patch).slice(0, 200)).toBeLessThan(500);
        if (status === 200) expect(['rejected', 'applied', 'duplicate', 'conflict']).toContain(results[0]?.status);
      }
    }
    // Whatever was applied left a follow-up that still reads as one.
    const record = await pulledFollowup('ref-dijon', id);
    expect(record?.id).toBe(id);
  });

  it('rejects a follow-up Écartée without a reason, with a French message', async () => {
    const { id, rev } = await opened('ref-dijon');
    const { results } = await pushAs('ref-dijon', [statusChange(id, rev, 'ref-dijon', 'proposed', 'rejected')]);
    expect(results[0]).toMatchObject({ status: 'rejected', error: expect.stringContaining('Un motif est requis') });
  });
});

describe('assignees', () => {
  const namesFor = async (who: string) => {
    const res = await app.request('/api/v1/assignees', { headers: headers(who) });
    expect(res.status).toBe(200);
    const list = (await res.json()) as Record<string, unknown>[];
    for (const a of list) expect(a).not.toHaveProperty('email');
    return list.map((a) => a.name).sort();
  };

  it('lists the users of the caller’s territories and of the follow-ups they share, never a third territory', async () => {
    await opened('ref-dijon');
    expect(await namesFor('ref-dijon')).toEqual(['adv-dijon', 'anim-creusot', 'ref-creusot', 'ref-dijon', 'ref-dijon-2']);
    expect(await namesFor('ref-charolais')).toEqual(['ref-charolais']);
  });

  it('requires a session', async () => {
    expect((await app.request('/api/v1/assignees')).status).toBe(401);
  });
});
