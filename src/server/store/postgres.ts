// PostgreSQL through `pg`, used when DATABASE_URL is set; same SQL as the embedded store.
import pg from 'pg';
import type { Sql, SqlRunner } from './sql';

// int8 (revisions, timestamps) as JS numbers, as PGlite returns them; they stay far below 2^53.
const types = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text'),
};

export async function openPostgres(connectionString: string): Promise<Sql> {
  const pool = new pg.Pool({ connectionString, max: 10, types });
  // An idle connection dropped by the database must not crash the server; the pool reconnects.
  pool.on('error', (error) => console.error('PostgreSQL : connexion perdue', error.message));
  // Fail at start, with the driver's message, rather than on the first request.
  (await pool.connect()).release();
  const runner = (q: pg.Pool | pg.PoolClient): SqlRunner => ({
    async query<T>(text: string, params?: unknown[]) {
      return (await q.query(text, params)).rows as T[];
    },
    async exec(text: string) {
      // Without parameters pg uses the simple protocol, which accepts several statements.
      await q.query(text);
    },
  });
  return {
    kind: 'postgres',
    ...runner(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(runner(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
