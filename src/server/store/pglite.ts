// Embedded PostgreSQL (PGlite, WASM): the default store, persisted to a folder, nothing to install.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Sql, SqlRunner } from './sql';

/** `dataDir` undefined → in memory (tests, which may pass an instance of their own: a copy of a template). */
export async function openPglite(dataDir?: string, instance?: PGlite): Promise<Sql> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = instance ?? new PGlite(dataDir);
  await db.waitReady;
  const runner = (q: Pick<PGlite, 'query' | 'exec'>): SqlRunner => ({
    async query<T>(text: string, params?: unknown[]) {
      return (await q.query<T>(text, params)).rows;
    },
    async exec(text: string) {
      await q.exec(text);
    },
  });
  return {
    kind: 'pglite',
    ...runner(db),
    transaction: (fn) => db.transaction((tx) => fn(runner(tx))),
    close: () => db.close(),
    listen: (channel, onPayload) => db.listen(channel, onPayload).then((stop) => () => stop()),
  };
}
