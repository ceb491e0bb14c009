// A fresh, migrated store per test file: in-memory PGlite, or a new database on the PostgreSQL
// named by DATABASE_URL (CI), dropped afterwards.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import pg from 'pg';
import { migrate } from '../../../src/server/store/migrate';
import { openPglite } from '../../../src/server/store/pglite';
import { openPostgres } from '../../../src/server/store/postgres';
import type { Sql } from '../../../src/server/store/sql';

export interface TestStore {
  sql: Sql;
  /** Environment for a server process using the same kind of store. */
  env: Record<string, string>;
  dispose(): Promise<void>;
}

/** A new empty PostgreSQL database; its URL and a function that drops it. */
export async function createPgDatabase(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `st_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** The migrated template archive, read once per file; undefined outside a project that made one. */
let template: Blob | undefined | null = null;
function pgliteTemplate(): Blob | undefined {
  if (template === null) {
    const path = inject('pgliteTemplate');
    template = typeof path === 'string' && path !== '' ? new Blob([readFileSync(path)]) : undefined;
  }
  return template;
}

export async function openTestStore(): Promise<TestStore> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    const template = pgliteTemplate();
    // A copy of the run's migrated template when there is one (tests/setup/pglite-template.ts).
    const sql = await openPglite(undefined, template ? new PGlite({ loadDataDir: template }) : undefined);
    if (!template) await migrate(sql);
    return { sql, env: {}, dispose: () => sql.close() };
  }
  const db = await createPgDatabase(base);
  const sql = await openPostgres(db.url);
  await migrate(sql);
  return {
    sql,
    env: { DATABASE_URL: db.url },
    async dispose() {
      await sql.close();
      await db.drop();
    },
  };
}
