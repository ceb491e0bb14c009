// The device side of shared business parks, against the real server in-process: a referent's park
// reaches an advisor's tablet, typed zone names are matched or proposed (the migration of names
// typed before parks were shared), and a merge done by the referent reaches the advisor's companies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCompany, updateCompany } from '../../../src/db/companies';
import { db } from '../../../src/db/database';
import { parkChoices, pendingProposals, proposePark } from '../../../src/db/parks';
import { createApp } from '../../../src/server/app';
import { createUser } from '../../../src/server/auth/users-repo';
import type { Sql } from '../../../src/server/store/sql';
import { openTestStore, type TestStore } from '../../server/helpers/test-store';
import type { User } from '../../../src/domain/user';
import { pullChanges } from '../../../src/sync/pull';
import { pushOutbox } from '../../../src/sync/push';
import { createReferenceApi } from '../../../src/sync/reference-api';
import { syncReference } from '../../../src/sync/reference';
import { createTransport, type FetchLike, type Transport } from '../../../src/sync/transport';
import { freshDevice, type Device } from './helpers';

const DIJON = 'dijon-metropole';
const PASSWORD = 'mot-de-passe-solide';
let store: TestStore;
let sql: Sql;
let transport: Transport;
let fetchImpl: FetchLike;

beforeAll(async () => {
  // A copy of the run's migrated database (tests/setup/pglite-template.ts), not a new one migrated here.
  store = await openTestStore();
  sql = store.sql;
  const app = createApp({ sql, distDir: '/nonexistent', log: () => undefined });
  fetchImpl = async (input, init) => app.request(input, init);
  transport = createTransport('', fetchImpl);
  await createUser(sql, { email: 'alice@cci.test', name: 'Alice', role: 'advisor', territoryIds: [DIJON], password: PASSWORD });
  await createUser(sql, { email: 'bruno@cci.test', name: 'Bruno', role: 'advisor', territoryIds: [DIJON], password: PASSWORD });
  await createUser(sql, { email: 'rene@cci.test', name: 'René', role: 'referent', territoryIds: [DIJON], password: PASSWORD });
}, 120_000);
afterAll(() => store?.dispose());

interface Tablet {
  device: Device;
  user: User;
  api: ReturnType<typeof createReferenceApi>;
  /** One sync cycle as the engine runs it: push, pull, reference, push what it changed. */
  sync(): Promise<void>;
  /** Only the push of a cycle (the reference step not reached yet). */
  push(): Promise<void>;
}

async function tablet(email: string): Promise<Tablet> {
  const device = freshDevice();
  const login = await transport.login({ email, password: PASSWORD });
  if (!login.ok) throw new Error(login.error.message);
  const { token, user } = login.value;
  const api = createReferenceApi('', fetchImpl, async () => token);
  const client = `device-${user.id}`;
  return {
    device,
    user,
    api,
    async sync() {
      device.use();
      expect((await pushOutbox(transport, token, client)).ok).toBe(true);
      expect((await pullChanges(transport, token, user.id)).ok).toBe(true);
      const reference = await syncReference(api, user);
      if (!reference.ok) throw new Error(reference.error.message);
      expect((await pushOutbox(transport, token, client)).ok).toBe(true);
    },
    async push() {
      device.use();
      expect((await pushOutbox(transport, token, client)).ok).toBe(true);
    },
  };
}

describe('shared business parks on the devices', () => {
  it(
    'brings a referent’s park to the advisor, matches typed names, proposes the others, and follows a merge',
    { timeout: 60_000 },
    async () => {
      const rene = await tablet('rene@cci.test');
      const alice = await tablet('alice@cci.test');

      const created = await rene.api.createPark({ territoryId: DIJON, name: 'Cap Nord' });
      if (!created.ok) throw new Error(created.error.message);
      const capNord = created.value.park;

      // Typed on Alice's tablet before parks were shared, one of them offline in the car park.
      alice.device.use();
      const typed = await createCompany({ name: 'Imprimerie Bertin', territoryId: DIJON, zone: 'cap  NORD' });
      const newName = await createCompany({ name: 'Garage Dupont', territoryId: DIJON, zone: 'ZI des Grèves' });
      // Ids are time-ordered: the first company typed (its spelling) is proposed first.
      await new Promise((resolve) => setTimeout(resolve, 3));
      const sameNew = await createCompany({ name: 'Menuiserie Lambert', territoryId: DIJON, zone: 'zi des greves' });
      await alice.sync();

      expect(await db().companies.get(typed.id)).toMatchObject({ parkId: capNord.id, zone: 'Cap Nord' });
      const proposal = (await parkChoices(DIJON)).find((p) => p.name === 'ZI des Grèves');
      expect(proposal).toMatchObject({ status: 'proposed' });
      expect(proposal?.pendingSince).toBeUndefined();
      // One proposal for both companies that typed it.
      expect(await db().companies.get(sameNew.id)).toMatchObject({ parkId: proposal!.id, zone: 'ZI des Grèves' });
      expect(await db().companies.get(newName.id)).toMatchObject({ parkId: proposal!.id });
      expect(await db().outbox.count()).toBe(0);

      // René sees the proposal and merges it into a park he creates.
      await rene.sync();
      expect((await parkChoices(DIJON)).map((p) => `${p.name} (${p.status})`)).toEqual([
        'Cap Nord (confirmed)',
        'ZI des Grèves (proposed)',
      ]);
      const grandSud = await rene.api.createPark({ territoryId: DIJON, name: 'Grand Sud' });
      if (!grandSud.ok) throw new Error(grandSud.error.message);
      const preview = await rene.api.parkCompanies(proposal!.id);
      expect(preview.ok && preview.value.companies.map((c) => c.name)).toEqual(['Garage Dupont', 'Menuiserie Lambert']);
      const merged = await rene.api.mergePark(proposal!.id, grandSud.value.park.id);
      expect(merged.ok && merged.value.companies).toBe(2);

      await alice.sync();
      expect(await db().companies.get(newName.id)).toMatchObject({ parkId: grandSud.value.park.id, zone: 'Grand Sud' });
      expect((await parkChoices(DIJON)).map((p) => p.name)).toEqual(['Cap Nord', 'Grand Sud']);
    },
  );

  it('sends a park proposed offline once, and keeps a refused one aside with the reason', async () => {
    const alice = await tablet('alice@cci.test');
    const offline = await proposePark(DIJON, 'Parc de l’Europe', alice.user.id);
    expect(await proposePark(DIJON, 'parc de l europe')).toMatchObject({ id: offline.id });
    const elsewhere = await proposePark('cc-grand-charolais', 'ZA du Bois');
    await alice.sync();
    expect(await db().parks.get(offline.id)).toMatchObject({ status: 'proposed', rev: expect.any(Number) });
    expect((await db().parks.get(offline.id))?.pendingSince).toBeUndefined();
    expect((await db().parks.get(elsewhere.id))?.error).toMatch(/Territoire non autorisé/);
    // Refused proposals are not sent again.
    expect(await pendingProposals()).toEqual([]);
  });

  it('gives a zone typed offline on two tablets one park, so the company’s park id never conflicts', { timeout: 60_000 }, async () => {
    const alice = await tablet('alice@cci.test');
    const bruno = await tablet('bruno@cci.test');
    alice.device.use();
    const company = await createCompany({ name: 'Tannerie Roux', territoryId: DIJON });
    await alice.sync();
    await bruno.sync();

    // Both pick « new zone » in the company form while offline, as the park picker does.
    const typeZone = async (tablet: Tablet, name: string) => {
      tablet.device.use();
      const park = await proposePark(DIJON, name, tablet.user.id);
      await updateCompany(company.id, { zone: park.name, parkId: park.id });
      return park.id;
    };
    const fromAlice = await typeZone(alice, 'ZA Les Tanneries');
    const fromBruno = await typeZone(bruno, 'ZA Les Tanneries');
    expect(fromBruno).toBe(fromAlice);

    await alice.sync();
    await bruno.sync();
    expect(await db().conflicts.count()).toBe(0);
    expect((await db().companies.get(company.id))?.parkId).toBe(fromAlice);
    await alice.sync();
    expect(await db().conflicts.count()).toBe(0);
    const onServer = await sql.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM parks WHERE territory_id = $1 AND name ILIKE 'za les tanneries'",
      [DIJON],
    );
    expect(onServer[0]?.n).toBe(1);
  });

  it('settles only the companies a cycle sent or received while the park list stays the same', { timeout: 60_000 }, async () => {
    const login = await transport.login({ email: 'bruno@cci.test', password: PASSWORD });
    if (!login.ok) throw new Error(login.error.message);
    const { token, user } = login.value;
    const api = createReferenceApi('', fetchImpl, async () => token);
    freshDevice();
    await pullChanges(transport, token, user.id);
    const settle = async (companyIds: string[]) => {
      const result = await syncReference(api, user, { companyIds });
      if (!result.ok) throw new Error(result.error.message);
      return result.value.companiesUpdated;
    };
    // A fresh device pulls the whole park list: every company is checked.
    await settle([]);
    const stored = async (zone: string) => {
      const company = await createCompany({ name: `Atelier ${zone}`, territoryId: DIJON, zone });
      await db().outbox.clear();
      return company.id;
    };
    const untouched = await stored('cap nord');
    expect(await settle([])).toBe(0);
    expect((await db().companies.get(untouched))?.parkId).toBeUndefined();
    // Sent or received in this cycle: settled.
    expect(await settle([untouched])).toBe(1);
    expect(await db().companies.get(untouched)).toMatchObject({ zone: 'Cap Nord', parkId: expect.any(String) });
  });

  it(
    'leaves a name a colleague typed for the referent to review, even when the referent’s tablet proposes it',
    { timeout: 60_000 },
    async () => {
      const rene = await tablet('rene@cci.test');
      const bruno = await tablet('bruno@cci.test');
      // Pushed by an older app (or before Bruno's tablet sent its proposal): a name with no park.
      bruno.device.use();
      const company = await createCompany({ name: 'Chaudronnerie Morel', territoryId: DIJON, zone: 'Parc Valmy' });
      await bruno.push();

      // René's tablet receives the company first and files it in a proposal of the name.
      await rene.sync();
      const valmy = (await parkChoices(DIJON)).find((p) => p.name === 'Parc Valmy');
      expect(valmy).toMatchObject({ status: 'proposed', createdBy: rene.user.id });
      expect(valmy?.pendingSince).toBeUndefined();
      expect(await db().companies.get(company.id)).toMatchObject({ parkId: valmy!.id });
      // Bruno's tablet then proposes the same name: the same park, still waiting for René.
      await bruno.sync();
      expect((await parkChoices(DIJON)).find((p) => p.name === 'Parc Valmy')).toMatchObject({ id: valmy!.id, status: 'proposed' });
    },
  );
});
