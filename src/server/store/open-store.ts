// Picks the store from the environment (DATABASE_URL → PostgreSQL, else PGlite in DATA_DIR) and
// brings its schema up to date.
import { resolve } from 'node:path';
import { migrate } from './migrate';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { Sql } from './sql';

export interface StoreEnv {
  DATABASE_URL?: string;
  DATA_DIR?: string;
}

export function pgliteDir(env: StoreEnv = process.env): string {
  return resolve(env.DATA_DIR ?? 'data', 'pglite');
}

export async function openStore(env: StoreEnv = process.env): Promise<Sql> {
  const sql = env.DATABASE_URL ? await openPostgres(env.DATABASE_URL) : await openPglite(pgliteDir(env));
  await migrate(sql);
  return sql;
}
