// Follow-ups between devices through the real server app (in-process, in-memory PGlite): a
// referent's decisions reach the other territory's referent, an advisor's note and a colleague's
// both survive, and a status changed on two tablets becomes a conflict to resolve.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSearchKey } from '../../../src/db/database';
import { addNote, changeStatus, getFollowup, openFollowup, setGains, currentActor } from '../../../src/db/followups';
import { CompanySchema, effectiveMoves, followupIdOf } from '../../../src/domain';
import { conflictStory } from '../../../src/sync/followup-conflicts';
import { createApp } from '../../../src/server/app';
import { createUser } from '../../../src/server/auth/users-repo';
import type { Sql } from '../../../src/server/store/sql';
import { openTestStore, type TestStore } from '../../server/helpers/test-store';
import { cachedAssignees, refreshAssignees } from '../../../src/sync/assignees';
import { conflictTitle, listConflicts, resolveConflict } from '../../../src/sync/conflicts';
import { pullChanges } from '../../../src/sync/pull';
import { pushOutbox } from '../../../src/sync/push';
import { activeSession, login } from '../../../src/sync/session';
import { createTransport, type Transport } from '../../../src/sync/transport';
import { FONDERIE_REF, MENUISERIE_REF, SAND_SYNERGY } from '../../fixtures/followups';
import { freshDevice } from '../sync/helpers';

let store: TestStore;
let sql: Sql;
let transport: Transport;
let appFetch: (input: string, init?: RequestInit) => Promise<Response>;
const PASSWORD = 'mot-de-passe-solide';

beforeAll(async () => {
  // A copy of the run's migrated database (tests/setup/pglite-template.ts), not a new one migrated here.
  store = await openTestStore();
  sql = store.sql;
  const app = createApp({ sql, distDir: '/nonexistent', log: () => undefined });
  appFetch = (input, init) => Promise.resolve(app.request(input, init));
  transport = createTransport('', appFetch);
  const user = (email: string, role: 'referent' | 'advisor', territoryIds: string[]) =>
    createUser(sql, {
      email,
      name: email.split('@')[0]!,
      role,
      territoryIds,
      password: PASSWORD,
    });
  await user('rita@cci.test', 'referent', ['dijon-metropole']);
  await user('remi@cci.test', 'referent', ['cu-creusot-montceau']);
  await user('adele@cci.test', 'advisor', ['dijon-metropole']);
  // The companies are on the server, as their advisors' syncs left them: the server derives a
  // follow-up's territories from them.
  for (const ref of [FONDERIE_REF, MENUISERIE_REF]) {
    const company = CompanySchema.parse({ ...ref, createdAt: 1, updatedAt: 1 });
    await sql.query(
      `INSERT INTO records (tbl, id, rev, territory_id, company_id, deleted, data, field_revs)
       VALUES ('companies', $1, nextval('change_rev'), $2, NULL, false, $3::jsonb, '{}'::jsonb)`,
      [ref.id, ref.territoryId, JSON.stringify(company)],
    );
  }
}, 120_000);

afterAll(() => store?.dispose());

/** A tablet with the two companies of the synergy, signed in as `email`. */
async function tablet(email: string) {
  const device = freshDevice();
  for (const ref of [FONDERIE_REF, MENUISERIE_REF]) {
    await device.database.companies.put(withSearchKey(CompanySchema.parse({ ...ref, createdAt: 1, updatedAt: 1 })));
  }
  const result = await login(transport, email, PASSWORD);
  if (!result.ok) throw new Error(result.error.message);
  const session = (await activeSession())!;
  const clientId = `device-${email.split('@')[0]}`;
  return {
    use: () => device.use(),
    actor: async () => {
      device.use();
      return currentActor();
    },
    push: async () => {
      device.use();
      return pushOutbox(transport, session.token, clientId);
    },
    pull: async () => {
      device.use();
      return pullChanges(transport, session.token, session.user.id);
    },
  };
}

const id = followupIdOf(SAND_SYNERGY.id);

describe('follow-ups across tablets', () => {
  it('a referent’s decisions, notes and gains reach the other territory’s referent and the advisor', { timeout: 60_000 }, async () => {
    const rita = await tablet('rita@cci.test');
    const remi = await tablet('remi@cci.test');
    const adele = await tablet('adele@cci.test');

    rita.use();
    const me = await rita.actor();
    expect(me.role).toBe('referent');
    await openFollowup(SAND_SYNERGY, me);
    await changeStatus(id, 'retained', me, {
      comment: 'Les deux gérants sont partants',
    });
    await addNote(id, 'Visite commune prévue', me);
    await setGains(id, 'realisedGains', { tonnesDiverted: 30, co2: { factorId: 'steel-scrap', quantity: 30 } }, me);
    expect(await rita.push()).toEqual({
      ok: true,
      value: { applied: 1, conflicts: 0, rejected: 0, companyIds: [] },
    });

    await remi.pull();
    const seen = await getFollowup(id);
    expect(seen).toMatchObject({
      status: 'retained',
      realisedGains: { tonnesDiverted: 30 },
    });
    expect(seen?.notes.map((n) => n.text)).toEqual(['Visite commune prévue']);

    // The advisor may not decide, but adds a note while the Creusot referent adds another.
    await adele.pull();
    const adeleActor = await adele.actor();
    await expect(changeStatus(id, 'implemented', adeleActor)).rejects.toThrow(/Seuls les référents/);
    await addNote(id, 'Le transporteur peut passer le mardi', adeleActor);
    remi.use();
    await addNote(id, 'Accord de principe du Creusot', await remi.actor());
    expect((await remi.push()).ok).toBe(true);
    // Pulled before her note is sent: both notes show, hers still pending.
    await adele.pull();
    expect((await getFollowup(id))?.notes.map((n) => n.text).sort()).toEqual(
      ['Accord de principe du Creusot', 'Le transporteur peut passer le mardi', 'Visite commune prévue'].sort(),
    );
    expect(await adele.push()).toEqual({
      ok: true,
      value: { applied: 1, conflicts: 0, rejected: 0, companyIds: [] },
    });
    await rita.pull();
    expect((await getFollowup(id))?.notes).toHaveLength(3);
  });

  it('a status changed on two tablets is a conflict the second referent resolves', { timeout: 60_000 }, async () => {
    const rita = await tablet('rita@cci.test');
    const remi = await tablet('remi@cci.test');
    await rita.pull();
    await remi.pull();
    rita.use();
    await changeStatus(id, 'connected', await rita.actor());
    await rita.push();
    remi.use();
    await changeStatus(id, 'on-hold', await remi.actor(), {
      comment: 'Attendre le budget 2027',
    });
    expect(await remi.push()).toEqual({
      ok: true,
      value: { applied: 0, conflicts: 1, rejected: 0, companyIds: [] },
    });
    const [conflict] = await listConflicts();
    expect(conflict).toMatchObject({
      table: 'followups',
      fields: ['status'],
      local: { status: 'on-hold' },
      server: { status: 'connected' },
    });
    expect(conflictTitle(conflict!)).toBe('Fonderie du Creusot ↔ Menuiserie Bois & Cie');
    expect((await getFollowup(id))?.status).toBe('connected');
    // Remi's move is kept in the history, marked lost; the newest line agrees with the status.
    const lost = await getFollowup(id);
    expect(lost?.history.at(-1)).toMatchObject({ kind: 'conflict', from: 'on-hold', to: 'connected' });
    expect(conflict?.historyConflictId).toBe(lost?.history.at(-1)?.id);
    expect(conflictStory(lost!, conflict?.historyConflictId)).toEqual({
      lostBy: 'remi',
      lostStatus: 'En attente',
      wonBy: 'rita',
      keptStatus: 'Mise en relation',
    });

    // The winner is told too, by name, with a way to settle it.
    await rita.pull();
    const [notice] = await listConflicts();
    expect(notice).toMatchObject({ notice: true, table: 'followups', recordId: id, historyConflictId: conflict?.historyConflictId });

    remi.use();
    await resolveConflict(conflict!.id, { status: 'local' });
    expect((await remi.push()).ok).toBe(true);
    await rita.pull();
    // Settled by Remi: Rita's notice goes.
    expect(await listConflicts()).toEqual([]);
    const final = await getFollowup(id);
    expect(final?.status).toBe('on-hold');
    expect(final?.history.map((h) => [h.to, h.kind])).toEqual([
      ['proposed', undefined],
      ['retained', undefined],
      ['connected', undefined],
      ['on-hold', undefined],
      ['connected', 'conflict'],
      ['on-hold', 'resolution'],
    ]);
    expect(effectiveMoves(final!.history).map((h) => h.to)).toEqual(['proposed', 'retained', 'connected', 'on-hold']);
  });

  it('keeps the people a next action may be assigned to, for offline use', { timeout: 60_000 }, async () => {
    const rita = await tablet('rita@cci.test');
    rita.use();
    expect(await cachedAssignees()).toEqual([]);
    const fetched = await refreshAssignees(appFetch);
    expect(fetched.ok && fetched.value.map((a) => a.name)).toEqual(['adele', 'remi', 'rita']);
    const offline = await refreshAssignees(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(offline).toMatchObject({ ok: false, error: { kind: 'network' } });
    expect((await cachedAssignees(['dijon-metropole'])).map((a) => a.name)).toEqual(['adele', 'rita']);
    expect((await cachedAssignees(['cu-creusot-montceau', 'dijon-metropole'])).map((a) => a.role)).toEqual([
      'advisor',
      'referent',
      'referent',
    ]);
  });
});
