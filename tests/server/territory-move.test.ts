// A company moved to another territory: devices of the territory it left pull a removal notice
// for it and its flux, in revision order; others keep it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MutationResult } from '../../src/domain/sync-protocol';
import { applyPush } from '../../src/server/sync/apply-push';
import { pullChanges } from '../../src/server/sync/pull';
import type { Scope } from '../../src/server/sync/scope';
import { company, create, edit, flux } from './helpers/fixtures';
import { openTestStore, type TestStore } from './helpers/test-store';

let store: TestStore;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.dispose());

const both: Scope = { userId: 'u-both', all: false, territoryIds: ['dijon-metropole', 'cc-grand-charolais'] };
const dijon: Scope = { userId: 'u-dijon', all: false, territoryIds: ['dijon-metropole'] };
const charolais: Scope = { userId: 'u-charolais', all: false, territoryIds: ['cc-grand-charolais'] };
const admin: Scope = { userId: 'u-admin', all: true, territoryIds: [] };
const revOf = (r: MutationResult | undefined): number => (r && 'rev' in r ? r.rev : -1);

async function pullAll(scope: Scope, since = 0, limit = 100) {
  const changes = [];
  const gone = [];
  for (;;) {
    const page = await pullChanges(store.sql, scope, since, limit);
    changes.push(...page.changes);
    gone.push(...page.gone);
    since = page.cursor;
    if (!page.hasMore) return { changes, gone, cursor: since };
  }
}

describe('moving a company to another territory', () => {
  it('tells the old territory’s devices that the company and its flux are gone; the new one gets them', async () => {
    const c = company({ territoryId: 'dijon-metropole' });
    const f = flux(String(c.id));
    const [created] = await applyPush(store.sql, both, { clientId: 'A', mutations: [create('companies', c), create('flux', f)] });
    const before = await pullAll(dijon);
    expect(before.changes.map((ch) => ch.record.id)).toEqual(expect.arrayContaining([c.id, f.id]));

    await applyPush(store.sql, both, {
      clientId: 'A',
      mutations: [edit('companies', String(c.id), revOf(created), { territoryId: 'cc-grand-charolais' })],
    });

    const after = await pullAll(dijon, before.cursor);
    expect(after.gone.map((g) => `${g.table}:${g.id}`).sort()).toEqual([`companies:${String(c.id)}`, `flux:${String(f.id)}`].sort());
    expect(after.changes.filter((ch) => ch.record.id === c.id || ch.record.id === f.id)).toEqual([]);
    // A device that never had it gets the notice too and simply has nothing to remove.
    expect((await pullAll(dijon)).gone).toHaveLength(2);

    const arriving = await pullAll(charolais);
    expect(arriving.changes.map((ch) => ch.record.id)).toEqual(expect.arrayContaining([c.id, f.id]));
    expect(arriving.gone).toEqual([]);
    // Seeing both territories, or all of them, nothing is removed.
    expect((await pullAll(both)).gone).toEqual([]);
    expect((await pullAll(admin)).gone).toEqual([]);
  });

  it('sends no removal once the company is back in the territory', async () => {
    const c = company({ territoryId: 'dijon-metropole' });
    const [created] = await applyPush(store.sql, both, { clientId: 'A', mutations: [create('companies', c)] });
    const start = (await pullAll(dijon)).cursor;
    const [moved] = await applyPush(store.sql, both, {
      clientId: 'A',
      mutations: [edit('companies', String(c.id), revOf(created), { territoryId: 'cc-grand-charolais' })],
    });
    await applyPush(store.sql, both, {
      clientId: 'A',
      mutations: [edit('companies', String(c.id), revOf(moved), { territoryId: 'dijon-metropole' })],
    });
    const after = await pullAll(dijon, start);
    expect(after.gone.filter((g) => g.id === c.id)).toEqual([]);
    expect(after.changes.find((ch) => ch.record.id === c.id)?.record.territoryId).toBe('dijon-metropole');
  });

  it('pages removals and changes together by revision, one page at a time', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const c = company({ territoryId: 'dijon-metropole' });
      ids.push(String(c.id));
      const [created] = await applyPush(store.sql, both, {
        clientId: 'A',
        mutations: [create('companies', c), create('flux', flux(String(c.id)))],
      });
      await applyPush(store.sql, both, {
        clientId: 'A',
        mutations: [edit('companies', String(c.id), revOf(created), { territoryId: 'cc-grand-charolais' })],
      });
    }
    const whole = await pullAll(dijon, 0, 1000);
    const paged = await pullAll(dijon, 0, 2);
    expect(paged.gone).toEqual(whole.gone);
    expect(paged.changes.map((c) => c.rev)).toEqual(whole.changes.map((c) => c.rev));
    for (const id of ids) expect(paged.gone.some((g) => g.id === id)).toBe(true);
  });
});
