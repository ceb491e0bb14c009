// A fresh, migrated store per test file: in-memory PGlite, or a new database on the PostgreSQL
// named by DATABASE_URL (CI), dropped afterwards.
import { randomBytes } from 'node:crypto';
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

export async function openTestStore(): Promise<TestStore> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    const sql = await openPglite();
    await migrate(sql);
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
