// The sync client against the real server app, in-process (Hono's app.request, in-memory PGlite):
// two advisors of a territory share records, a third of another territory sees none of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCompany, updateCompany } from '../../../src/db/companies';
import { db } from '../../../src/db/database';
import { addFlux } from '../../../src/db/flux';
import { createApp } from '../../../src/server/app';
import { createUser } from '../../../src/server/auth/users-repo';
import type { Sql } from '../../../src/server/store/sql';
import { openTestStore, type TestStore } from '../../server/helpers/test-store';
import { listConflicts } from '../../../src/sync/conflicts';
import { pullChanges } from '../../../src/sync/pull';
import { pushOutbox } from '../../../src/sync/push';
import { activeSession, login } from '../../../src/sync/session';
import { createTransport, type FetchLike, type Transport } from '../../../src/sync/transport';
import { freshDevice } from './helpers';

let store: TestStore;
let sql: Sql;
let transport: Transport;
let loseNextPushReply = false;
const PASSWORD = 'mot-de-passe-solide';

beforeAll(async () => {
  // A copy of the run's migrated database (tests/setup/pglite-template.ts), not a new one migrated here.
  store = await openTestStore();
  sql = store.sql;
  const app = createApp({ sql, distDir: '/nonexistent', log: () => undefined });
  const fetchImpl: FetchLike = async (input, init) => {
    const response = await app.request(input, init);
    // The server has committed; the reply is lost on the way back.
    if (loseNextPushReply && input.endsWith('/sync/push')) {
      loseNextPushReply = false;
      throw new TypeError('Failed to fetch');
    }
    return response;
  };
  transport = createTransport('', fetchImpl);
  const user = (email: string, territoryIds: string[]) =>
    createUser(sql, { email, name: email.split('@')[0]!, role: 'advisor', territoryIds, password: PASSWORD });
  await user('alice@cci.test', ['dijon-metropole']);
  await user('bob@cci.test', ['dijon-metropole']);
  await user('carol@cci.test', ['cc-grand-charolais']);
  await user('dave@cci.test', ['dijon-metropole', 'cc-grand-charolais']);
}, 120_000);

afterAll(() => store?.dispose());

/** Signs in on a fresh device; returns what push and pull need. */
async function signIn(email: string) {
  const device = freshDevice();
  const result = await login(transport, email, PASSWORD);
  if (!result.ok) throw new Error(result.error.message);
  const session = (await activeSession())!;
  const sync = async (clientId: string) => {
    device.use();
    const pushed = await pushOutbox(transport, session.token, clientId);
    const pulled = await pullChanges(transport, session.token, session.user.id);
    return { pushed, pulled };
  };
  return { device, session, sync };
}

describe('sync against the real server', () => {
  it('shares a company and its flux within the territory, exactly once, and not beyond', { timeout: 60_000 }, async () => {
    const alice = await signIn('alice@cci.test');
    const created = await createCompany({ name: 'Chaudronnerie Morel', territoryId: 'dijon-metropole' });
    const flux = await addFlux(created.id, 'mat.cardboard', 'offer', { quantity: 12 });
    loseNextPushReply = true;
    const first = await alice.sync('device-alice');
    expect(first.pushed.ok).toBe(false);
    expect(await db().outbox.count()).toBe(2);
    const second = await alice.sync('device-alice');
    expect(second.pushed).toEqual({ ok: true, value: { applied: 2, conflicts: 0, rejected: 0, companyIds: expect.any(Array) } });
    expect(await db().outbox.count()).toBe(0);
    expect((await db().companies.get(created.id))!.rev).toBeGreaterThan(0);

    const bob = await signIn('bob@cci.test');
    const pulled = await bob.sync('device-bob');
    expect(pulled.pulled.ok && pulled.pulled.value.received).toBe(2);
    expect(await db().companies.get(created.id)).toMatchObject({ name: 'Chaudronnerie Morel', nameKey: 'chaudronnerie morel' });
    expect((await db().flux.get(flux.id))?.quantity).toBe(12);
    expect(await db().outbox.count()).toBe(0);

    const carol = await signIn('carol@cci.test');
    const nothing = await carol.sync('device-carol');
    expect(nothing.pulled.ok && nothing.pulled.value.received).toBe(0);
    expect(await db().companies.count()).toBe(0);
  });

  it('keeps both versions when two advisors rename the same company', { timeout: 60_000 }, async () => {
    const alice = await signIn('alice@cci.test');
    const created = await createCompany({ name: 'Scierie Petit', territoryId: 'dijon-metropole' });
    await alice.sync('device-alice');
    const bob = await signIn('bob@cci.test');
    await bob.sync('device-bob');
    await updateCompany(created.id, { name: 'Scierie Petit (Bob)', notes: 'vue par Bob' });

    alice.device.use();
    await updateCompany(created.id, { name: 'Scierie Petit (Alice)' });
    await alice.sync('device-alice');

    const result = await bob.sync('device-bob');
    expect(result.pushed.ok && result.pushed.value.conflicts).toBe(1);
    const [conflict] = await listConflicts();
    expect(conflict).toMatchObject({ fields: ['name'], local: { name: 'Scierie Petit (Bob)' } });
    expect(conflict?.server.name).toBe('Scierie Petit (Alice)');
    expect(await db().companies.get(created.id)).toMatchObject({ name: 'Scierie Petit (Alice)', notes: 'vue par Bob' });

    alice.device.use();
    await alice.sync('device-alice');
    expect((await db().companies.get(created.id))?.notes).toBe('vue par Bob');
  });

  it(
    'removes a company and its flux from a colleague’s device when it moves to a territory they do not see',
    { timeout: 60_000 },
    async () => {
      const alice = await signIn('alice@cci.test');
      const created = await createCompany({ name: 'Tuilerie Bernard', territoryId: 'dijon-metropole' });
      const flux = await addFlux(created.id, 'mat.cardboard', 'offer', { quantity: 4 });
      await alice.sync('device-alice');

      const dave = await signIn('dave@cci.test');
      await dave.sync('device-dave');
      await updateCompany(created.id, { territoryId: 'cc-grand-charolais' });
      await dave.sync('device-dave');
      // Dave sees both territories: he keeps it.
      expect(await db().companies.get(created.id)).toMatchObject({ territoryId: 'cc-grand-charolais' });
      expect(await db().flux.get(flux.id)).toBeDefined();

      alice.device.use();
      const { pulled } = await alice.sync('device-alice');
      expect(pulled.ok && pulled.value.removed).toBe(2);
      expect(await db().companies.get(created.id)).toBeUndefined();
      expect(await db().flux.get(flux.id)).toBeUndefined();
      expect(await db().outbox.count()).toBe(0);
    },
  );
});
