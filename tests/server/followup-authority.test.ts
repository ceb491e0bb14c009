// What a device sends about a follow-up is a claim: forged territories are corrected from the
// companies the server knows, forged authors from the session, floods stop at limits that never
// block a referent, replayed or reordered history changes nothing, and every change is logged.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../src/domain/api';
import { CHANGE_LOG_ROUTE, type ChangeLogPage } from '../../src/domain/change-log';
import { FOLLOWUP_LIMITS } from '../../src/domain/followup-limits';
import type { Role } from '../../src/domain/user';
import type { MutationResult, PullResponse } from '../../src/domain/sync-protocol';
import { createApp } from '../../src/server/app';
import { createUser } from '../../src/server/auth/users-repo';
import { migrationFiles } from '../../src/server/store/migrate';
import { company, create, edit, uniqueId } from './helpers/fixtures';
import { openTestStore, type TestStore } from './helpers/test-store';

let store: TestStore;
let app: ReturnType<typeof createApp>;
const tokens: Record<string, string> = {};
const users: Record<string, string> = {};

const DIJON = 'dijon-metropole';
const CREUSOT = 'cu-creusot-montceau';
const ACCOUNTS: [string, Role, string[]][] = [
  ['Rita Référente', 'referent', [DIJON]],
  ['Claude Creusot', 'referent', [CREUSOT]],
  ['Alain Conseiller', 'advisor', [DIJON]],
  ['Béa Conseillère', 'advisor', [DIJON]],
  ['Cyril Conseiller', 'advisor', [DIJON]],
  ['Dora Conseillère', 'advisor', [DIJON]],
  ['Ada Admin', 'admin', []],
];

async function pushAs(who: string, mutations: unknown[]): Promise<{ status: number; results: MutationResult[] }> {
  const res = await app.request(API_ROUTES.push, {
    method: 'POST',
    headers: { authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/json' },
    body: JSON.stringify({ clientId: `tablette-${users[who]}`, mutations }),
  });
  const body = (await res.json()) as { results?: MutationResult[] };
  return { status: res.status, results: body.results ?? [] };
}

async function get(who: string, path: string): Promise<{ status: number; body: unknown }> {
  const res = await app.request(path, { headers: { authorization: `Bearer ${tokens[who]}` } });
  return { status: res.status, body: await res.json() };
}

async function pulled(who: string, id: string): Promise<Record<string, unknown> | undefined> {
  let found: Record<string, unknown> | undefined;
  for (let since = 0; ;) {
    const page = (await get(who, `${API_ROUTES.pull}?since=${since}&limit=1000`)).body as PullResponse;
    found =
      (page.changes.find((c) => c.table === 'followups' && c.record.id === id)?.record as Record<string, unknown> | undefined) ?? found;
    since = page.cursor;
    if (!page.hasMore) return found;
  }
}

beforeAll(async () => {
  store = await openTestStore();
  app = createApp({ sql: store.sql, log: () => undefined });
  for (const [name, role, territoryIds] of ACCOUNTS) {
    const email = `${randomUUID().slice(0, 8)}@cci.fr`;
    const user = await createUser(store.sql, { email, name, role, territoryIds, password: 'correct horse' });
    users[name] = user.id;
    const res = await app.request(API_ROUTES.login, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'correct horse' }),
    });
    tokens[name] = ((await res.json()) as { token: string }).token;
  }
  const dijon = [
    company({ id: 'co-d1', name: 'Menuiserie Bois & Cie', territoryId: DIJON }),
    company({ id: 'co-d2', name: 'Cartonnerie de Dijon', territoryId: DIJON }),
  ];
  const creusot = [company({ id: 'co-c1', name: 'Fonderie du Creusot', territoryId: CREUSOT })];
  expect(
    (
      await pushAs(
        'Rita Référente',
        dijon.map((c) => create('companies', c)),
      )
    ).results.map((r) => r.status),
  ).toEqual(['applied', 'applied']);
  expect(
    (
      await pushAs(
        'Claude Creusot',
        creusot.map((c) => create('companies', c)),
      )
    ).results.map((r) => r.status),
  ).toEqual(['applied']);
});
afterAll(() => store.dispose());

const opening = (by: string, at = 1_700_000_000_000) => ({
  id: randomUUID(),
  at,
  by,
  byName: 'x',
  from: null,
  to: 'proposed',
  comment: '',
});
const move = (from: string, to: string, at = Date.now(), by = 'forged') => ({
  id: randomUUID(),
  at,
  by,
  byName: 'x',
  from,
  to,
  comment: '',
});
const note = (text: string, by = 'forged', byName = 'x', at = Date.now()) => ({ id: randomUUID(), at, by, byName, text });

/** A follow-up as a device writes it; the snapshot's companies are the facts, the rest claims. */
function followup(companies: [string, string][], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const id = uniqueId('sub');
  return {
    id,
    synergyId: `sub:${id}`,
    origin: 'matching',
    territoryIds: [...new Set(companies.map(([, t]) => t))],
    status: 'proposed',
    snapshot: {
      kind: 'substitution',
      family: 'materials',
      resourceCodes: ['mat.wood-offcuts'],
      companies: companies.map(([cid, territoryId]) => ({ id: cid, name: 'Nom saisi', territoryId })),
    },
    history: [opening('forged')],
    notes: [],
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    rev: 0,
    deleted: false,
    ...overrides,
  };
}

async function opened(
  who: string,
  companies: [string, string][] = [
    ['co-d1', DIJON],
    ['co-d2', DIJON],
  ],
) {
  const record = followup(companies);
  const { results } = await pushAs(who, [create('followups', record)]);
  expect(results[0]?.status).toBe('applied');
  return { id: String(record.id), rev: (results[0] as { rev: number }).rev };
}

describe('territories come from the companies, whatever the device says', () => {
  it('corrects a Dijon follow-up claimed for Le Creusot too: Le Creusot never pulls it, nor its figures', async () => {
    const forged = followup(
      [
        ['co-d1', CREUSOT],
        ['co-d2', DIJON],
      ],
      {
        territoryIds: [CREUSOT, DIJON],
        realisedGains: { eurSaved: 1e12, overrideReason: '' },
      },
    );
    const { results } = await pushAs('Rita Référente', [create('followups', forged)]);
    expect(results[0]?.status).toBe('applied');
    const stored = await pulled('Rita Référente', String(forged.id));
    expect(stored?.territoryIds).toEqual([DIJON]);
    expect((stored?.snapshot as { companies: { territoryId: string; name: string }[] }).companies).toEqual([
      expect.objectContaining({ id: 'co-d1', territoryId: DIJON, name: 'Menuiserie Bois & Cie' }),
      expect.objectContaining({ id: 'co-d2', territoryId: DIJON, name: 'Cartonnerie de Dijon' }),
    ]);
    expect(await pulled('Claude Creusot', String(forged.id))).toBeUndefined();
    const row = await store.sql.query<{ territory_ids: string[] }>(
      "SELECT territory_ids FROM records WHERE tbl = 'followups' AND id = $1",
      [forged.id],
    );
    expect(row[0]?.territory_ids).toEqual([DIJON]);
  });

  it('keeps /assignees to the users of the follow-ups’ real territories', async () => {
    const forged = followup([['co-d1', DIJON]], { territoryIds: [CREUSOT, DIJON] });
    await pushAs('Alain Conseiller', [create('followups', forged)]);
    const { body } = await get('Alain Conseiller', '/api/v1/assignees');
    const names = (body as { name: string }[]).map((a) => a.name);
    expect(names).toContain('Rita Référente');
    expect(names).not.toContain('Claude Creusot');
  });

  it('derives a cross-territory follow-up’s territories from both companies, for both referents', async () => {
    const { id } = await opened('Rita Référente', [
      ['co-d1', DIJON],
      ['co-c1', DIJON],
    ]);
    expect((await pulled('Claude Creusot', id))?.territoryIds).toEqual([CREUSOT, DIJON]);
  });

  it('refuses a company the server does not know, and a follow-up whose companies are all elsewhere', async () => {
    const unknown = await pushAs('Rita Référente', [
      create(
        'followups',
        followup([
          ['co-d1', DIJON],
          ['co-inventee', DIJON],
        ]),
      ),
    ]);
    expect(unknown.results[0]).toMatchObject({
      status: 'rejected',
      code: 'company-unknown',
      error: expect.stringContaining('co-inventee'),
    });
    const elsewhere = await pushAs('Alain Conseiller', [create('followups', followup([['co-c1', DIJON]], { territoryIds: [DIJON] }))]);
    expect(elsewhere.status).toBe(403);
  });

  it('keeps an opened follow-up’s companies: a name may be refreshed, a company never swapped or moved', async () => {
    const { id, rev } = await opened('Rita Référente');
    const stored = (await pulled('Rita Référente', id))!.snapshot as { companies: Record<string, unknown>[] };
    const renamed = {
      ...stored,
      companies: stored.companies.map((c) => ({ ...c, name: `${String(c.name)} (fermée)`, territoryId: CREUSOT })),
    };
    expect((await pushAs('Alain Conseiller', [edit('followups', id, rev, { snapshot: renamed })])).results[0]?.status).toBe('applied');
    const after = (await pulled('Rita Référente', id))!.snapshot as { companies: { name: string; territoryId: string }[] };
    expect(after.companies.map((c) => [c.name, c.territoryId])).toEqual([
      ['Menuiserie Bois & Cie (fermée)', DIJON],
      ['Cartonnerie de Dijon (fermée)', DIJON],
    ]);
    const swapped = { ...stored, companies: [stored.companies[0], { id: 'co-c1', name: 'Fonderie du Creusot', territoryId: CREUSOT }] };
    const { results } = await pushAs('Alain Conseiller', [edit('followups', id, rev, { snapshot: swapped })]);
    expect(results[0]).toMatchObject({ status: 'rejected', code: 'immutable-field' });
    // A group opened offline on another tablet with other members is one follow-up, its companies kept.
    const twin = {
      ...followup([
        ['co-d1', DIJON],
        ['co-c1', CREUSOT],
      ]),
      id,
    };
    expect((await pushAs('Rita Référente', [create('followups', twin)])).results[0]?.status).toBe('applied');
    expect(((await pulled('Rita Référente', id))!.snapshot as { companies: { id: string }[] }).companies.map((c) => c.id)).toEqual([
      'co-d1',
      'co-d2',
    ]);
  });

  it('refuses a change of territories once opened, with its code', async () => {
    const { id, rev } = await opened('Rita Référente');
    const { results } = await pushAs('Rita Référente', [edit('followups', id, rev, { territoryIds: [CREUSOT, DIJON] })]);
    expect(results[0]).toMatchObject({ status: 'rejected', code: 'immutable-field' });
  });
});

describe('follow-ups stored before the server derived their territories (migration 008)', () => {
  it('are corrected from their companies: the foreign territory is told they are gone, the change is logged', async () => {
    const forged = { ...followup([['co-d1', CREUSOT]]), id: uniqueId('legacy'), territoryIds: [CREUSOT, DIJON], rev: 1 };
    const unknownCompany = {
      ...followup([
        ['co-d1', DIJON],
        ['co-disparue', CREUSOT],
      ]),
      id: uniqueId('legacy'),
      territoryIds: [CREUSOT, DIJON],
    };
    for (const record of [forged, unknownCompany]) {
      await store.sql.query(
        `INSERT INTO records (tbl, id, rev, territory_id, company_id, deleted, data, field_revs, territory_ids)
         VALUES ('followups', $1, nextval('change_rev'), $2, NULL, false, $3::jsonb, '{}'::jsonb, $4::text[])`,
        [record.id, CREUSOT, JSON.stringify(record), [CREUSOT, DIJON]],
      );
    }
    const { body: before } = await get('Claude Creusot', `${API_ROUTES.pull}?since=0&limit=1000`);
    const cursor = (before as PullResponse).cursor;
    const repair = migrationFiles().find((m) => m.version === 8)!;
    await store.sql.transaction((tx) => tx.exec(repair.sql));

    expect((await pulled('Rita Référente', String(forged.id)))?.territoryIds).toEqual([DIJON]);
    const { body: after } = await get('Claude Creusot', `${API_ROUTES.pull}?since=${cursor}&limit=1000`);
    expect((after as PullResponse).gone.map((g) => g.id)).toEqual([forged.id]);
    expect(await pulled('Claude Creusot', String(forged.id))).toBeUndefined();
    // A follow-up naming a company the server never received is left as it was.
    expect((await pulled('Claude Creusot', String(unknownCompany.id)))?.territoryIds).toEqual([CREUSOT, DIJON]);
    const { body: log } = await get('Ada Admin', `${CHANGE_LOG_ROUTE}?record=${forged.id}`);
    expect((log as ChangeLogPage).entries).toEqual([
      expect.objectContaining({ userId: 'serveur', clientId: 'migration-008', fields: ['territoryIds'] }),
    ]);
  });
});

describe('authors come from the session', () => {
  it('stamps the note an advisor signs with the referent’s name as the advisor’s, with its arrival time', async () => {
    const { id, rev } = await opened('Rita Référente');
    const before = Date.now();
    const forged = note('Décision validée par la référente', users['Rita Référente']!, 'Rita Référente', Date.now() + 86_400_000);
    expect((await pushAs('Alain Conseiller', [edit('followups', id, rev, { notes: [forged] })])).results[0]?.status).toBe('applied');
    const [stored] = (await pulled('Rita Référente', id))?.notes as Record<string, unknown>[];
    expect(stored).toMatchObject({ id: forged.id, by: users['Alain Conseiller'], byName: 'Alain Conseiller', text: forged.text });
    expect(stored!.receivedAt).toBeGreaterThanOrEqual(before);
    // Dated tomorrow by the device: no later than its arrival.
    expect(stored!.at).toBeLessThanOrEqual(stored!.receivedAt as number);
  });

  it('stamps the opener and a referent’s moves with the session’s user, whoever the device named', async () => {
    const record = followup([['co-d1', DIJON]], {
      createdBy: users['Claude Creusot'],
      history: [opening(users['Claude Creusot']!), move('proposed', 'retained', 1_700_000_000_100, users['Claude Creusot'])],
      status: 'retained',
    });
    expect((await pushAs('Rita Référente', [create('followups', record)])).results[0]?.status).toBe('applied');
    const stored = await pulled('Rita Référente', String(record.id));
    expect(stored?.createdBy).toBe(users['Rita Référente']);
    expect((stored?.history as { by: string; byName: string }[]).map((h) => [h.by, h.byName])).toEqual([
      [users['Rita Référente'], 'Rita Référente'],
      [users['Rita Référente'], 'Rita Référente'],
    ]);
  });

  it('never adds an « Ouverte » line to a follow-up already open, nor a conflict line a device wrote', async () => {
    const { id, rev } = await opened('Rita Référente');
    const forgedConflict = { ...move('retained', 'proposed'), kind: 'conflict', lost: ['x'] };
    const { results } = await pushAs('Alain Conseiller', [
      edit('followups', id, rev, { history: [opening(users['Rita Référente']!, Date.now())] }),
    ]);
    expect(results[0]?.status).toBe('applied');
    const byReferent = await pushAs('Rita Référente', [edit('followups', id, rev, { history: [forgedConflict] })]);
    expect(byReferent.results[0]).toMatchObject({ status: 'rejected', code: 'invalid' });
    const history = (await pulled('Rita Référente', id))?.history as { from: string | null; kind?: string }[];
    expect(history).toHaveLength(1);
    expect(history[0]?.from).toBeNull();
  });
});

describe('deleting and restoring', () => {
  it('lets only a referent bring a deleted decision back; an advisor’s unaware note is a conflict, not a restore', async () => {
    const { id, rev: openedRev } = await opened('Rita Référente');
    const retained = await pushAs('Rita Référente', [
      edit('followups', id, openedRev, { status: 'retained', history: [move('proposed', 'retained')] }),
    ]);
    const rev = (retained.results[0] as { rev: number }).rev;
    const deleted = await pushAs('Rita Référente', [edit('followups', id, rev, {}, 'delete')]);
    const deletedRev = (deleted.results[0] as { rev: number }).rev;
    const restore = await pushAs('Alain Conseiller', [edit('followups', id, deletedRev, { deleted: false })]);
    expect(restore.results[0]).toMatchObject({ status: 'rejected', code: 'role-forbidden', error: expect.stringContaining('rétablir') });
    const unaware = await pushAs('Alain Conseiller', [edit('followups', id, rev, { notes: [note('Vu ce matin')] })]);
    expect(unaware.results[0]).toMatchObject({ status: 'conflict', fields: ['deleted'] });
    expect((await pulled('Rita Référente', id))?.deleted).toBe(true);
    expect((await pushAs('Rita Référente', [edit('followups', id, deletedRev, { deleted: false })])).results[0]?.status).toBe('applied');
  });

  it('lets anyone of the territory open a deleted proposal again', async () => {
    const { id, rev } = await opened('Rita Référente');
    const deleted = await pushAs('Rita Référente', [edit('followups', id, rev, {}, 'delete')]);
    const reopened = await pushAs('Alain Conseiller', [
      edit('followups', id, (deleted.results[0] as { rev: number }).rev, { deleted: false }),
    ]);
    expect(reopened.results[0]?.status).toBe('applied');
  });
});

describe('floods stop at limits that name themselves, and never block a referent', () => {
  it('refuses 2,000 notes from one advisor, naming the limit, and keeps the record small', async () => {
    const { id, rev } = await opened('Rita Référente');
    const flood = Array.from({ length: 2000 }, (_, i) => note(`Note ${i} ${'x'.repeat(400)}`));
    const { results } = await pushAs('Alain Conseiller', [edit('followups', id, rev, { notes: flood })]);
    expect(results[0]).toMatchObject({
      status: 'rejected',
      code: 'limit-reached',
      error: `Limite atteinte : ${FOLLOWUP_LIMITS.notesPerAuthor} notes par personne sur un suivi`,
    });
    const long = Array.from({ length: 11 }, () => note('y'.repeat(5000)));
    const tooLong = await pushAs('Alain Conseiller', [edit('followups', id, rev, { notes: long })]);
    expect(tooLong.results[0]).toMatchObject({
      status: 'rejected',
      code: 'limit-reached',
      error: expect.stringContaining('50 000 caractères de notes par personne'),
    });
    expect(JSON.stringify(await pulled('Rita Référente', id)).length).toBeLessThan(5_000);
  });

  it('lets advisors together fill only their shared share; the referent still decides and writes', async () => {
    const { id, rev } = await opened('Rita Référente');
    const advisors = ['Alain Conseiller', 'Béa Conseillère', 'Cyril Conseiller', 'Dora Conseillère'];
    const statuses: string[] = [];
    for (const who of advisors) {
      const notes = Array.from({ length: FOLLOWUP_LIMITS.notesPerAuthor }, (_, i) => note(`${who} ${i}`));
      const { results } = await pushAs(who, [edit('followups', id, rev, { notes })]);
      statuses.push(results[0]?.status === 'rejected' ? `refusée : ${(results[0] as { error: string }).error}` : results[0]!.status);
    }
    expect(statuses).toEqual([
      'applied',
      'applied',
      'applied',
      `refusée : Limite atteinte : ${FOLLOWUP_LIMITS.sharedNotes} notes sur ce suivi ; seuls les référents peuvent encore en ajouter`,
    ]);
    const decision = await pushAs('Rita Référente', [
      edit('followups', id, rev, { status: 'retained', history: [move('proposed', 'retained')], notes: [note('Rendez-vous fixé')] }),
    ]);
    expect(decision.results[0]?.status).toBe('applied');
    const stored = await pulled('Rita Référente', id);
    expect(stored?.status).toBe('retained');
    expect((stored?.notes as unknown[]).length).toBe(3 * FOLLOWUP_LIMITS.notesPerAuthor + 1);
  });

  it('refuses a follow-up whose synergy is padded past its size, naming the limit', async () => {
    // 1,200 real companies of long names and 5,000 flux ids: far past what a device ever keeps (500).
    const many = Array.from({ length: 1200 }, (_, i) =>
      company({ id: `co-big-${i}`, name: `${'Établissements '.repeat(10)}${i}`.slice(0, 160), territoryId: DIJON }),
    );
    for (let i = 0; i < many.length; i += 400) {
      const { results } = await pushAs(
        'Rita Référente',
        many.slice(i, i + 400).map((c) => create('companies', c)),
      );
      expect(results.every((r) => r.status === 'applied')).toBe(true);
    }
    const padded = followup(many.map((c) => [String(c.id), DIJON] as [string, string]));
    (padded.snapshot as Record<string, unknown>).fluxIds = Array.from({ length: 5000 }, (_, i) => `${'f'.repeat(60)}${i}`.slice(-64));
    const { results } = await pushAs('Alain Conseiller', [create('followups', padded)]);
    expect(results[0]).toMatchObject({
      status: 'rejected',
      code: 'limit-reached',
      error: expect.stringContaining('caractères pour la synergie d’un suivi'),
    });
  });

  it('holds a referent to their own share of history lines too', async () => {
    const { id, rev } = await opened('Rita Référente');
    const moves = Array.from({ length: FOLLOWUP_LIMITS.historyPerAuthor + 1 }, (_, i) =>
      move(i % 2 === 0 ? 'proposed' : 'retained', i % 2 === 0 ? 'retained' : 'proposed'),
    );
    const { results } = await pushAs('Rita Référente', [edit('followups', id, rev, { history: moves })]);
    expect(results[0]).toMatchObject({
      status: 'rejected',
      code: 'limit-reached',
      error: expect.stringContaining('lignes d’historique par personne'),
    });
  });
});

describe('replayed or reordered history', () => {
  it('changes nothing when a known entry is sent again with another author or text', async () => {
    const { id, rev } = await opened('Rita Référente');
    const original = note('Premier contact');
    await pushAs('Alain Conseiller', [edit('followups', id, rev, { notes: [original] })]);
    const replay = { ...original, by: users['Rita Référente'], byName: 'Rita Référente', text: 'Texte réécrit' };
    await pushAs('Béa Conseillère', [edit('followups', id, rev, { notes: [replay] })]);
    const notes = (await pulled('Rita Référente', id))?.notes as { text: string; by: string }[];
    expect(notes.map((n) => [n.text, n.by])).toEqual([['Premier contact', users['Alain Conseiller']]]);
  });

  it('answers a replayed push as a duplicate, and never lets a line be dated before the opening or after its arrival', async () => {
    const { id, rev } = await opened('Rita Référente');
    const early = move('proposed', 'retained', 5);
    const late = move('retained', 'connected', Date.now() + 10 * 365 * 86_400_000);
    const push = edit('followups', id, rev, { status: 'connected', history: [late, early] });
    expect((await pushAs('Rita Référente', [push])).results[0]?.status).toBe('applied');
    expect((await pushAs('Rita Référente', [push])).results[0]?.status).toBe('duplicate');
    const history = (await pulled('Rita Référente', id))?.history as { id: string; at: number; receivedAt?: number }[];
    expect(history.map((h) => h.id)).toEqual([expect.any(String), early.id, late.id]);
    expect(history[1]!.at).toBe(history[0]!.at + 1);
    expect(history[2]!.at).toBeLessThanOrEqual(history[2]!.receivedAt!);
  });

  it('refuses a move that cannot happen, with its code', async () => {
    const { id, rev } = await opened('Rita Référente');
    const { results } = await pushAs('Rita Référente', [edit('followups', id, rev, { history: [move('retained', 'retained')] })]);
    expect(results[0]).toMatchObject({ status: 'rejected', code: 'invalid', error: expect.stringContaining('impossible') });
  });
});

describe('change log', () => {
  it('tells an admin who changed which fields of a record and when it arrived; nobody else may read it', async () => {
    const { id, rev } = await opened('Rita Référente');
    const before = Date.now();
    await pushAs('Rita Référente', [edit('followups', id, rev, { nextAction: { text: 'Appeler le gérant', assigneeName: '' } })]);
    const { status, body } = await get('Ada Admin', `${CHANGE_LOG_ROUTE}?table=followups&record=${id}`);
    expect(status).toBe(200);
    const [latest, creation] = (body as ChangeLogPage).entries;
    expect(latest).toMatchObject({
      recordId: id,
      userId: users['Rita Référente'],
      userName: 'Rita Référente',
      op: 'update',
      fields: ['nextAction', 'updatedAt'],
    });
    expect(latest!.receivedAt).toBeGreaterThanOrEqual(before);
    expect(creation).toMatchObject({
      op: 'create',
      userId: users['Rita Référente'],
      fields: expect.arrayContaining(['territoryIds', 'history']),
    });
    const refused = await get('Rita Référente', CHANGE_LOG_ROUTE);
    expect(refused).toMatchObject({ status: 403, body: { code: 'role-forbidden' } });
  });
});
