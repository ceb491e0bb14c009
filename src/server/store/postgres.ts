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
  const stopListening = new Set<() => Promise<void>>();
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
    close: async () => {
      await Promise.all([...stopListening].map((stop) => stop()));
      await pool.end();
    },
    listen: async (channel, onPayload) => {
      const stop = await listenOn(connectionString, channel, onPayload);
      stopListening.add(stop);
      return async () => {
        stopListening.delete(stop);
        await stop();
      };
    },
  };
}

/**
 * LISTEN needs a connection of its own, held for as long as we listen. A connection lost (database
 * restart, network cut) is opened again after a pause growing up to 5 s; `onPayload(null)` then says
 * that notifications may have been missed meanwhile.
 */
async function listenOn(
  connectionString: string,
  channel: string,
  onPayload: (payload: string | null) => void,
): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let stopped = false;
  let pause = 250;
  const open = async (): Promise<void> => {
    const c = new pg.Client({ connectionString, types });
    c.on('notification', (n) => {
      if (n.channel === channel) onPayload(n.payload ?? '');
    });
    c.on('error', () => undefined);
    c.on('end', () => {
      if (stopped || client !== c) return;
      client = undefined;
      setTimeout(() => void reopen(), pause);
      pause = Math.min(pause * 2, 5_000);
    });
    await c.connect();
    await c.query(`LISTEN "${channel.replace(/"/g, '')}"`);
    client = c;
  };
  const reopen = async (): Promise<void> => {
    if (stopped) return;
    try {
      await open();
      pause = 250;
      onPayload(null);
    } catch {
      setTimeout(() => void reopen(), pause);
      pause = Math.min(pause * 2, 5_000);
    }
  };
  await open();
  return async () => {
    stopped = true;
    await client?.end().catch(() => undefined);
  };
}
