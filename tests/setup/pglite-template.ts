// Global setup: one embedded database created and migrated, saved as a data-folder archive; each
// test store starts from a copy (about 0.8 s) instead of a new cluster (about 4 s). The archive is
// kept under node_modules/.cache, named by a hash of what migrating reads, so the next run (and the
// next project of this run: each project calls its global setup) reuses it instead of migrating again.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../src/server/store/migrate';
import { openPglite } from '../../src/server/store/pglite';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of the migrated data-folder archive; '' under DATABASE_URL (PostgreSQL needs none). */
    pgliteTemplate: string;
  }
}

const CACHE_DIR = resolve('node_modules/.cache/pglite-template');
/** What migrating an empty database reads: the SQL files, the store's code, the domain (default territories, vocabulary). */
const INPUTS = ['src/server/migrations', 'src/server/store', 'src/domain', 'node_modules/@electric-sql/pglite/package.json'];
/**
 * Archives (about 40 MB each) unused for this long are removed: every change to the domain makes a
 * new one, and checkouts sharing node_modules may be using others' (a run touches its own at start).
 */
const STALE_MS = 2 * 3600 * 1000;

function filesOf(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((f) => join(path, f))
    .filter((f) => statSync(f).isFile());
}

function inputsHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(filesOf).sort()) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

async function buildArchive(path: string): Promise<void> {
  const db = new PGlite();
  const sql = await openPglite(undefined, db);
  await migrate(sql);
  const bytes = Buffer.from(await (await db.dumpDataDir('none')).arrayBuffer());
  await sql.close();
  // Written aside then renamed: a run starting meanwhile never reads half an archive.
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, path);
}

function removeStale(keep: string): void {
  for (const name of readdirSync(CACHE_DIR)) {
    const file = join(CACHE_DIR, name);
    if (file !== keep && Date.now() - statSync(file).mtimeMs > STALE_MS) rmSync(file, { force: true });
  }
}

export default async function setup(project: TestProject): Promise<void> {
  if (process.env.DATABASE_URL) {
    project.provide('pgliteTemplate', '');
    return;
  }
  mkdirSync(CACHE_DIR, { recursive: true });
  const archive = join(CACHE_DIR, `migrated-${inputsHash()}.tar`);
  if (existsSync(archive)) {
    const now = new Date();
    utimesSync(archive, now, now);
  } else {
    await buildArchive(archive);
  }
  removeStale(archive);
  project.provide('pgliteTemplate', archive);
}
