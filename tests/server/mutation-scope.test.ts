// Mutation ids belong to the account that sent them: replaying someone else's id neither shows
// their record nor swallows the caller's own change as a « duplicate ».
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../src/domain/api';
import type { Mutation, MutationResult } from '../../src/domain/sync-protocol';
import { migrate, migrationFiles } from '../../src/server/store/migrate';
import { openPglite } from '../../src/server/store/pglite';
import { startApiApp, type ApiApp } from './helpers/api-app';
import { company, create, edit } from './helpers/fixtures';

let api: ApiApp;
let creusot: string;
let dijon: string;
beforeAll(async () => {
  api = await startApiApp();
  await api.addUser('paul@creusot.fr', ['cu-creusot-montceau']);
  await api.addUser('lea@dijon.fr', ['dijon-metropole']);
  creusot = await api.token('paul@creusot.fr');
  dijon = await api.token('lea@dijon.fr');
});
afterAll(() => api.dispose());

async function push(token: string, mutations: Mutation[], clientId = 'device-1'): Promise<MutationResult[]> {
  const res = await api.request(API_ROUTES.push, { method: 'POST', token, json: { clientId, mutations } });
  expect(res.status).toBe(200);
  return (await res.json()).results;
}
const revOf = (r: MutationResult | undefined) => (r && 'rev' in r ? r.rev : -1);

describe('mutation ids per account', () => {
  it('does not answer a replayed conflict id with another territory’s record', async () => {
    const theirs = company({ name: 'Forges de Montceau', notes: 'secret du Creusot' });
    const [created] = await push(creusot, [create('companies', theirs)]);
    // Two devices of Paul edit the same field: the second gets a conflict carrying the full record.
    await push(creusot, [edit('companies', String(theirs.id), revOf(created), { notes: 'A' })], 'device-a');
    const conflicting = edit('companies', String(theirs.id), revOf(created), { notes: 'B' });
    const [conflict] = await push(creusot, [conflicting], 'device-b');
    expect(conflict?.status).toBe('conflict');

    // Léa (Dijon) replays that id with a change of her own company.
    const mine = company({ territoryId: 'dijon-metropole', name: 'Atelier dijonnais' });
    const [replayed] = await push(dijon, [{ ...create('companies', mine), mutationId: conflicting.mutationId }]);
    expect(replayed).toMatchObject({ status: 'applied' });
    expect(JSON.stringify(replayed)).not.toMatch(/Montceau|secret/);
    const read = await api.request(`/api/v1/companies/${String(mine.id)}`, { token: dijon });
    expect(await read.json()).toMatchObject({ name: 'Atelier dijonnais' });
  });

  it('applies the caller’s change even when its id was already used by another account', async () => {
    const first = create('companies', company({ name: 'Chaudronnerie Morel' }));
    expect((await push(creusot, [first]))[0]?.status).toBe('applied');
    const mine = company({ territoryId: 'dijon-metropole', name: 'Menuiserie Lenoir' });
    const [result] = await push(dijon, [{ ...create('companies', mine), mutationId: first.mutationId }]);
    expect(result?.status).toBe('applied');
    expect((await api.request(`/api/v1/companies/${String(mine.id)}`, { token: dijon })).status).toBe(200);
    // Paul's own retry of that id is still recognised as his duplicate.
    expect((await push(creusot, [first]))[0]?.status).toBe('duplicate');
  });
});

describe('migration 003', () => {
  it('keeps the mutations applied before it, now keyed by user', async () => {
    const sql = await openPglite();
    try {
      // Stop after 001, write a row as the old schema did, then run the rest.
      await sql.exec('CREATE TABLE schema_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)');
      const [init] = migrationFiles();
      await sql.exec(init!.sql);
      await sql.query('INSERT INTO schema_migrations VALUES (1, $1, 0)', [init!.name]);
      await sql.query(
        `INSERT INTO applied_mutations (mutation_id, client_id, user_id, result, applied_at) VALUES ('m-1', 'd', 'u-1', '{"status":"applied"}', 0)`,
      );
      await migrate(sql);
      expect(await sql.query('SELECT user_id, mutation_id FROM applied_mutations')).toEqual([{ user_id: 'u-1', mutation_id: 'm-1' }]);
      // The same id for another user is now allowed.
      await sql.query(`INSERT INTO applied_mutations VALUES ('m-1', 'd', 'u-2', '{}', 0)`);
    } finally {
      await sql.close();
    }
  });
});
