// The push/pull protocol against a real store: exactly-once, per-field merge, conflicts, deletes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MutationResult } from '../../src/domain/sync-protocol';
import { applyPush, ForbiddenPush } from '../../src/server/sync/apply-push';
import { pullChanges } from '../../src/server/sync/pull';
import type { Scope } from '../../src/server/sync/scope';
import { company, create, edit, flux } from './helpers/fixtures';
import { openTestStore, type TestStore } from './helpers/test-store';

let store: TestStore;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.dispose());

const admin: Scope = { userId: 'u-admin', all: true, territoryIds: [] };
const dijon: Scope = { userId: 'u-dijon', all: false, territoryIds: ['dijon-metropole'] };
const push = (clientId: string, mutations: Parameters<typeof applyPush>[2]['mutations'], scope = admin) =>
  applyPush(store.sql, scope, { clientId, mutations });
const revOf = (r: MutationResult | undefined): number => (r && 'rev' in r ? r.rev : -1);

async function pullAll(scope: Scope) {
  const all = [];
  let since = 0;
  for (;;) {
    const page = await pullChanges(store.sql, scope, since, 100);
    all.push(...page.changes);
    since = page.cursor;
    if (!page.hasMore) return all;
  }
}

describe('sync protocol', () => {
  it('applies a push sent twice only once, answering the retry with the same revisions', async () => {
    const c = company();
    const batch = [create('companies', c), create('flux', flux(String(c.id)))];
    const first = await push('A', batch);
    expect(first.map((r) => r.status)).toEqual(['applied', 'applied']);
    const before = (await pullAll(admin)).length;
    const second = await push('A', batch);
    expect(second.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
    expect(second.map(revOf)).toEqual(first.map(revOf));
    expect((await pullAll(admin)).length).toBe(before);
  });

  it('handles a record created, edited and replayed within one batch', async () => {
    const c = company();
    const creation = create('companies', c);
    const results = await push('A', [creation, edit('companies', String(c.id), 0, { notes: 'même lot' }), creation]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'duplicate']);
    expect(revOf(results[2])).toBe(revOf(results[0]));
    const record = (await pullAll(admin)).find((ch) => ch.record.id === c.id)!.record;
    expect(record).toMatchObject({ notes: 'même lot', rev: revOf(results[1]) });
  });

  it('merges edits of different fields of one company from two devices', async () => {
    const c = company();
    const [created] = await push('A', [create('companies', c)]);
    const base = revOf(created);
    const [a] = await push('A', [edit('companies', String(c.id), base, { address: '1 rue Neuve' })]);
    const [b] = await push('B', [edit('companies', String(c.id), base, { notes: 'Visite prévue' })]);
    expect(a?.status).toBe('applied');
    expect(b?.status).toBe('applied');
    const record = (await pullAll(admin)).find((ch) => ch.record.id === c.id)!.record;
    expect(record).toMatchObject({ address: '1 rue Neuve', notes: 'Visite prévue', rev: revOf(b) });
  });

  it('merges two pushes arriving at the same time on one record', async () => {
    const c = company();
    const base = revOf((await push('A', [create('companies', c)]))[0]);
    const [[a], [b]] = await Promise.all([
      push('A', [edit('companies', String(c.id), base, { address: '5 quai Nord' })]),
      push('B', [edit('companies', String(c.id), base, { notes: 'En parallèle' })]),
    ]);
    expect([a?.status, b?.status]).toEqual(['applied', 'applied']);
    expect(revOf(a)).not.toBe(revOf(b));
    const record = (await pullAll(admin)).find((ch) => ch.record.id === c.id)!.record;
    expect(record).toMatchObject({ address: '5 quai Nord', notes: 'En parallèle' });
  });

  it('reports a true conflict on the same field and returns the server version', async () => {
    const c = company();
    const base = revOf((await push('A', [create('companies', c)]))[0]);
    await push('A', [edit('companies', String(c.id), base, { name: 'Fonderie A' })]);
    const mutation = edit('companies', String(c.id), base, { name: 'Fonderie B', notes: 'n' });
    const [b] = await push('B', [mutation]);
    expect(b).toMatchObject({ status: 'conflict', fields: ['name'] });
    if (b?.status !== 'conflict') throw new Error('conflict expected');
    expect(b.server).toMatchObject({ name: 'Fonderie A', notes: 'n' });
    // Replayed, the conflict is answered again in full and nothing more is applied.
    const [again] = await push('B', [mutation]);
    expect(again).toEqual(b);
  });

  it('lets a delete win, then flags a stale edit as a conflict on `deleted`', async () => {
    const c = company();
    const base = revOf((await push('A', [create('companies', c)]))[0]);
    const [del] = await push('A', [edit('companies', String(c.id), base, { deleted: true }, 'delete')]);
    expect(del?.status).toBe('applied');
    const [stale] = await push('B', [edit('companies', String(c.id), base, { notes: 'ajout hors ligne' })]);
    expect(stale).toMatchObject({ status: 'conflict', fields: ['deleted'] });
    const tomb = (await pullAll(admin)).find((ch) => ch.record.id === c.id)!.record;
    expect(tomb).toMatchObject({ deleted: true, notes: 'ajout hors ligne' });
    // Restoring with a fresh base revision is an ordinary edit.
    const [restore] = await push('B', [edit('companies', String(c.id), revOf(stale), { deleted: false })]);
    expect(restore?.status).toBe('applied');
  });

  it('a delete based on an old revision still wins over a concurrent edit', async () => {
    const c = company();
    const base = revOf((await push('A', [create('companies', c)]))[0]);
    await push('A', [edit('companies', String(c.id), base, { notes: 'édité' })]);
    const [del] = await push('B', [edit('companies', String(c.id), base, { deleted: true }, 'delete')]);
    expect(del?.status).toBe('applied');
    const tomb = (await pullAll(admin)).find((ch) => ch.record.id === c.id)!.record;
    expect(tomb).toMatchObject({ deleted: true, notes: 'édité' });
  });

  it('rejects a record that fails its schema, with a readable message', async () => {
    const [r] = await push('A', [create('companies', company({ siret: '123' }))]);
    expect(r).toMatchObject({ status: 'rejected' });
    expect(r?.status === 'rejected' && r.error).toMatch(/SIRET/);
  });

  it('rejects a flux whose company the server does not know', async () => {
    const [r] = await push('A', [create('flux', flux('co-inconnue'))]);
    expect(r?.status === 'rejected' && r.error).toMatch(/Entreprise inconnue/);
  });

  it('scopes pushes and pulls to the user’s territories', async () => {
    const mine = company({ territoryId: 'dijon-metropole' });
    const theirs = company({ territoryId: 'cc-grand-charolais' });
    const results = await push('D', [create('companies', mine), create('companies', theirs)], dijon);
    expect(results.map((r) => r.status)).toEqual(['applied', 'rejected']);
    await expect(push('D', [create('companies', company())], dijon)).rejects.toBeInstanceOf(ForbiddenPush);
    const pulled = await pullAll(dijon);
    expect(pulled.length).toBeGreaterThan(0);
    expect(pulled.every((ch) => ch.record.territoryId === 'dijon-metropole')).toBe(true);
  });

  it('moves a company’s flux with it when its territory changes', async () => {
    const c = company({ territoryId: 'dijon-metropole' });
    const f = flux(String(c.id));
    const [created] = await push('A', [create('companies', c), create('flux', f)]);
    await push('A', [edit('companies', String(c.id), revOf(created), { territoryId: 'cc-grand-charolais' })]);
    expect((await pullAll(dijon)).some((ch) => ch.record.id === f.id)).toBe(false);
    const charolais: Scope = { userId: 'u-ch', all: false, territoryIds: ['cc-grand-charolais'] };
    expect((await pullAll(charolais)).some((ch) => ch.record.id === f.id)).toBe(true);
  });

  it('pulls in revision order with a cursor and hasMore', async () => {
    const page = await pullChanges(store.sql, admin, 0, 3);
    expect(page.changes).toHaveLength(3);
    expect(page.hasMore).toBe(true);
    const revs = page.changes.map((c) => c.rev);
    expect([...revs].sort((a, b) => a - b)).toEqual(revs);
    expect(page.cursor).toBe(revs[2]);
  });
});
