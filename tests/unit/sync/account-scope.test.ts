// An admin changes an advisor's territories: against the real server in-process, the advisor's
// tablet receives the companies already recorded in a territory added to the account (older than
// its cursor), and lets go of those of a territory taken away, keeping an unsent edit aside.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCompany, updateCompany } from '../../../src/db/companies';
import { db } from '../../../src/db/database';
import { createApp } from '../../../src/server/app';
import { createUser, updateUser } from '../../../src/server/auth/users-repo';
import type { Sql } from '../../../src/server/store/sql';
import { openTestStore, type TestStore } from '../../server/helpers/test-store';
import { GONE_MESSAGE } from '../../../src/sync/local-apply';
import { pullChanges } from '../../../src/sync/pull';
import { createSyncEngine } from '../../../src/sync/engine';
import { pushOutbox } from '../../../src/sync/push';
import { login, session } from '../../../src/sync/session';
import type { User } from '../../../src/domain/user';
import { createTransport, type Transport } from '../../../src/sync/transport';
import { freshDevice } from './helpers';

const DIJON = 'dijon-metropole';
const CREUSOT = 'cu-creusot-montceau';
const PASSWORD = 'mot-de-passe-solide';
let store: TestStore;
let sql: Sql;
let transport: Transport;

beforeAll(async () => {
  // A copy of the run's migrated database (tests/setup/pglite-template.ts), not a new one migrated here.
  store = await openTestStore();
  sql = store.sql;
  const app = createApp({ sql, distDir: '/nonexistent', log: () => undefined });
  transport = createTransport('', async (input, init) => app.request(input, init));
}, 120_000);
afterAll(() => store?.dispose());

async function signIn(email: string) {
  const login = await transport.login({ email, password: PASSWORD });
  if (!login.ok) throw new Error(login.error.message);
  return login.value;
}

describe('an account whose territories change', () => {
  it('receives the older records of a territory added, and lets go of those of a territory taken away', { timeout: 60_000 }, async () => {
    const alice = await createUser(sql, {
      email: 'alice@cci.test',
      name: 'Alice',
      role: 'advisor',
      territoryIds: [DIJON],
      password: PASSWORD,
    });
    await createUser(sql, { email: 'bruno@cci.test', name: 'Bruno', role: 'advisor', territoryIds: [CREUSOT], password: PASSWORD });

    // Bruno records a foundry in Le Creusot, before Alice's first sync.
    const brunoTablet = freshDevice();
    const bruno = await signIn('bruno@cci.test');
    const foundry = await createCompany({ name: 'Fonderie Lefort', territoryId: CREUSOT });
    expect((await pushOutbox(transport, bruno.token, 'tablette-bruno')).ok).toBe(true);

    const aliceTablet = freshDevice();
    const session = await signIn('alice@cci.test');
    const printer = await createCompany({ name: 'Imprimerie Bertin', territoryId: DIJON });
    expect((await pushOutbox(transport, session.token, 'tablette-alice')).ok).toBe(true);
    const first = await pullChanges(transport, session.token, alice.id);
    expect(first.ok && first.value.account).toEqual({ role: 'advisor', territoryIds: [DIJON] });
    expect(await db().companies.get(foundry.id)).toBeUndefined();

    // The admin adds Le Creusot to Alice's account: the foundry is older than her cursor.
    await updateUser(sql, alice.id, { territoryIds: [DIJON, CREUSOT] });
    const added = await pullChanges(transport, session.token, alice.id);
    if (!added.ok) throw new Error(added.error.message);
    expect(added.value.account?.territoryIds.sort()).toEqual([CREUSOT, DIJON]);
    expect(await db().companies.get(foundry.id)).toMatchObject({ name: 'Fonderie Lefort' });
    expect(added.value.removed).toBe(0);

    // Alice edits the printer offline; typed a new company too; then Dijon is taken from her.
    await updateCompany(printer.id, { notes: 'Rappeler en janvier' });
    const unsent = await createCompany({ name: 'Garage Dupont', territoryId: DIJON });
    await updateUser(sql, alice.id, { territoryIds: [CREUSOT] });
    const taken = await pullChanges(transport, session.token, alice.id);
    if (!taken.ok) throw new Error(taken.error.message);
    expect(taken.value.account?.territoryIds).toEqual([CREUSOT]);
    expect(await db().companies.get(printer.id)).toBeUndefined();
    expect(await db().companies.get(foundry.id)).toBeDefined();
    // Nothing typed is lost: the unsent edit is kept aside with the reason, the new company stays.
    const refused = (await db().outbox.toArray()).filter((e) => e.rejectedAt !== undefined);
    expect(refused.map((e) => [e.recordId, e.error])).toEqual([[printer.id, GONE_MESSAGE]]);
    expect(await db().companies.get(unsent.id)).toMatchObject({ name: 'Garage Dupont' });

    // Once settled, a pull with the same territories resends nothing.
    const again = await pullChanges(transport, session.token, alice.id);
    expect(again.ok && again.value.received).toBe(0);
    brunoTablet.use();
    expect(await db().companies.count()).toBe(1);
    aliceTablet.use();
  });

  it('follows a new role and territories in the signed-in session, and hands them to the park step', { timeout: 60_000 }, async () => {
    const chloe = await createUser(sql, {
      email: 'chloe@cci.test',
      name: 'Chloé',
      role: 'advisor',
      territoryIds: [DIJON],
      password: PASSWORD,
    });
    freshDevice();
    const signed = await login(transport, 'chloe@cci.test', PASSWORD);
    expect(signed.ok).toBe(true);
    const seen: User[] = [];
    const engine = createSyncEngine({
      transport,
      setTimer: () => () => undefined,
      reference: async (user) => {
        seen.push(user);
        return { ok: true, value: undefined };
      },
    });
    await engine.syncNow();
    await updateUser(sql, chloe.id, { role: 'referent', territoryIds: [CREUSOT, DIJON] });
    await engine.syncNow();
    const state = session.get().state;
    expect(state.kind === 'active' && state.user).toMatchObject({ id: chloe.id, role: 'referent', territoryIds: [CREUSOT, DIJON] });
    expect(seen.map((u) => `${u.role} ${[...u.territoryIds].sort().join(',')}`)).toEqual([
      `advisor ${DIJON}`,
      `referent ${CREUSOT},${DIJON}`,
    ]);
  });
});
