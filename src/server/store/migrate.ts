// Applies the numbered SQL files of src/server/migrations once each, tracked in schema_migrations.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_TERRITORIES } from '../../domain/territory';
import type { Sql, SqlRunner } from './sql';
import { mapStoredFluxVocabulary } from './vocabulary-migration';

const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url));

export function migrationFiles(): { version: number; name: string; sql: string }[] {
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{3}_.+\.sql$/.test(f))
    .sort()
    .map((name) => ({ version: Number(name.slice(0, 3)), name, sql: readFileSync(MIGRATIONS_DIR + name, 'utf8') }));
  // Two files of one number: the second would be taken as done and silently never run.
  const twice = files.find((f, i) => files.findIndex((g) => g.version === f.version) !== i);
  if (twice) throw new Error(`Deux migrations portent le numéro ${twice.version} : renumérotez ${twice.name}`);
  return files;
}

/** Data steps a migration's SQL cannot express, run right after its file in the same transaction. */
const CODE_STEPS: Readonly<Record<number, (tx: SqlRunner) => Promise<unknown>>> = {
  11: mapStoredFluxVocabulary,
};

/** The database was brought further by a newer version of the server: this one must not touch it. */
export class DatabaseNewerThanCode extends Error {}

export async function migrate(sql: Sql): Promise<number[]> {
  await sql.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)');
  const files = migrationFiles();
  const known = new Set(files.map((m) => m.version));
  const unknown = (
    await sql.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version')
  ).filter((row) => !known.has(Number(row.version)));
  if (unknown.length > 0) {
    throw new DatabaseNewerThanCode(
      `Base de données plus récente que ce serveur (migration ${unknown.map((r) => r.name).join(', ')} inconnue ici) : ` +
        'installez la version du serveur qui l’a créée, ou restaurez une sauvegarde faite avec cette version-ci.',
    );
  }
  const applied: number[] = [];
  for (const m of files) {
    await sql.transaction(async (tx) => {
      // Two servers starting on one PostgreSQL must not run the same migration twice.
      await tx.query('SELECT pg_advisory_xact_lock(4242)');
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
      if (done.length > 0) return;
      await tx.exec(m.sql);
      await CODE_STEPS[m.version]?.(tx);
      await tx.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, Date.now()]);
      applied.push(m.version);
    });
  }
  await seedTerritories(sql);
  return applied;
}

/** The programme's territories exist from the first start; later edits are kept. */
async function seedTerritories(sql: Sql): Promise<void> {
  for (const t of DEFAULT_TERRITORIES) {
    await sql.query(
      `INSERT INTO territories (id, name, kind, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)
       ON CONFLICT (id) DO NOTHING`,
      [t.id, t.name, t.kind, Date.now()],
    );
  }
}
