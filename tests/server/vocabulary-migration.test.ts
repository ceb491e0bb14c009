// Flux the server stored before the vocabulary's version 2 keep their meaning there too: a database
// made by the previous schema (migrations 001–010) is upgraded, the device's mapping is applied to
// its flux, the changed ones take new revisions devices pull, and an « Autre » nothing fits stays
// as it was, listed for review.
import { describe, expect, it } from 'vitest';
import { FluxSchema, type Flux } from '../../src/domain';
import { migrate, migrationFiles } from '../../src/server/store/migrate';
import { openPglite } from '../../src/server/store/pglite';
import { VOCABULARY_MIGRATION_CLIENT } from '../../src/server/store/vocabulary-migration';
import { expectMapped, PREVIOUS_VERSION_FLUX } from '../fixtures/vocabulary-v1';

describe('server migration 011: stored flux in the vocabulary’s version 2', () => {
  it('maps the flux of a database made by the previous version and bumps their revisions', async () => {
    const sql = await openPglite();
    await sql.exec('CREATE TABLE schema_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)');
    for (const m of migrationFiles().filter((f) => f.version <= 10)) {
      await sql.exec(m.sql);
      await sql.query('INSERT INTO schema_migrations VALUES ($1, $2, 0)', [m.version, m.name]);
    }
    // What the previous server stored: each flux with its revision and who wrote each field.
    for (const f of PREVIOUS_VERSION_FLUX) {
      await sql.query(
        `INSERT INTO records (tbl, id, rev, territory_id, company_id, deleted, data, field_revs)
         VALUES ('flux', $1, nextval('change_rev'), 'dijon-metropole', 'c-1', false, $2::jsonb, $3::jsonb)`,
        [f.id, JSON.stringify(f), JSON.stringify({ label: { rev: 1, client: 'tablette-1' } })],
      );
    }
    const revsBefore = new Map(
      (await sql.query<{ id: string; rev: number }>(`SELECT id, rev FROM records`)).map((r) => [r.id, Number(r.rev)]),
    );
    const cursor = Math.max(...revsBefore.values());

    expect(await migrate(sql)).toEqual(
      migrationFiles()
        .filter((f) => f.version > 10)
        .map((f) => f.version),
    );

    const rows = await sql.query<{ id: string; rev: number; data: Flux; field_revs: Record<string, { client: string }> }>(
      `SELECT id, rev, data, field_revs FROM records WHERE tbl = 'flux' ORDER BY id`,
    );
    expectMapped(rows.map((r) => FluxSchema.parse(r.data)));
    const byId = new Map(rows.map((r) => [r.id, r]));
    // What a device pulls from its old cursor: exactly the flux that changed, each at its new revision.
    const pulled = await sql.query<{ id: string }>(`SELECT id FROM records WHERE rev > $1 ORDER BY id`, [cursor]);
    expect(pulled.map((r) => r.id)).toEqual(['f-chaleur', 'f-dreches', 'f-fumier', 'f-inox']);
    for (const { id } of pulled) expect(Number(byId.get(id)!.data.rev)).toBe(Number(byId.get(id)!.rev));
    expect(Number(byId.get('f-carton')!.rev)).toBe(revsBefore.get('f-carton'));
    expect(byId.get('f-inox')!.field_revs.grade?.client).toBe(VOCABULARY_MIGRATION_CLIENT);
    expect(byId.get('f-inox')!.field_revs.label?.client).toBe('tablette-1');
    // The change log says the server made each change.
    const log = await sql.query<{ record_id: string; user_id: string; fields: string[] }>(
      `SELECT record_id, user_id, fields FROM change_log ORDER BY record_id`,
    );
    expect(log.map((l) => l.record_id)).toEqual(['f-chaleur', 'f-dreches', 'f-fumier', 'f-inox']);
    expect(log.find((l) => l.record_id === 'f-inox')).toMatchObject({ user_id: 'serveur', fields: ['grade'] });
    // Nothing fits « Résidus de ponçage de coques »: unchanged, and listed for review.
    expect(Number(byId.get('f-bizarre')!.rev)).toBe(revsBefore.get('f-bizarre'));
    expect(await sql.query(`SELECT flux_id, territory_id, label FROM flux_vocabulary_review`)).toEqual([
      { flux_id: 'f-bizarre', territory_id: 'dijon-metropole', label: 'Résidus de ponçage de coques' },
    ]);
    await sql.close();
  });
});
