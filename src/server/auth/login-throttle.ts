// Slows password guessing. Each attempt is reserved *before* the password is checked (~70 ms of
// scrypt), so a burst of concurrent requests cannot slip past the limit. The lockout is per (e-mail,
// client address): nobody can lock an account out for its owner, who signs in from another address.
// One address trying many accounts meets a ceiling, which spares the accounts that already signed
// in from that address: a flood from an office's shared address (one NAT) does not lock out the
// colleagues behind it. An IPv6 host counts as its whole /64, which one machine can fill with
// addresses of its choosing.
//
// The counts live in the database (migration 007), so every server process on one PostgreSQL
// shares them, and a restart forgets nothing. Attempts from one address are serialised by an
// advisory lock on that address, which keeps a burst of simultaneous guesses exact.
import { addressKey } from '../http/address-key';
import type { Sql, SqlRunner } from '../store/sql';

export const MAX_FAILURES = 5;
export const MAX_ADDRESS_FAILURES = 20;
export const LOCKOUT_MS = 15 * 60 * 1000;
/** A (e-mail, address) pair that signed in is trusted past the address ceiling this long. */
export const KNOWN_PAIR_MS = 90 * 24 * 60 * 60 * 1000;
/** Expired rows are swept about once every this many attempts. */
const SWEEP_EVERY = 200;

interface Row {
  key: string;
  failures: number;
  until: number;
}

export class LoginThrottle {
  private attempts = 0;

  constructor(
    private readonly sql: Sql,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * 0 when the attempt may go on (it then counts as a failure until succeed() says otherwise), else
   * the milliseconds to wait.
   */
  async reserve(email: string, client: string): Promise<number> {
    const address = addressKey(client);
    const pair = pairKey(email, address);
    const at = this.now();
    if (++this.attempts % SWEEP_EVERY === 0) await this.sweep(at);
    return this.sql.transaction(async (tx) => {
      await lockAddress(tx, address);
      const rows = await tx.query<Row>('SELECT key, failures, until FROM login_failures WHERE key = ANY($1)', [
        [`pair ${pair}`, `address ${address}`],
      ]);
      const row = (key: string) => rows.find((r) => r.key === key);
      const known = await isKnown(tx, pair, at);
      const wait = Math.max(
        waitOf(row(`pair ${pair}`), MAX_FAILURES, at),
        known ? 0 : waitOf(row(`address ${address}`), MAX_ADDRESS_FAILURES, at),
      );
      if (wait > 0) return wait;
      await addFailure(tx, `pair ${pair}`, at);
      if (!known) await addFailure(tx, `address ${address}`, at);
      return 0;
    });
  }

  async succeed(email: string, client: string): Promise<void> {
    const address = addressKey(client);
    const pair = pairKey(email, address);
    const at = this.now();
    await this.sql.transaction(async (tx) => {
      await lockAddress(tx, address);
      // The address's reserved attempt is given back, unless it was never counted (a known pair).
      if (!(await isKnown(tx, pair, at))) {
        await tx.query('UPDATE login_failures SET failures = failures - 1 WHERE key = $1 AND failures > 0', [`address ${address}`]);
      }
      await tx.query('DELETE FROM login_failures WHERE key = $1', [`pair ${pair}`]);
      await tx.query('INSERT INTO login_known_pairs (pair, at) VALUES ($1, $2) ON CONFLICT (pair) DO UPDATE SET at = EXCLUDED.at', [
        pair,
        at,
      ]);
    });
  }

  private async sweep(at: number): Promise<void> {
    await this.sql.query('DELETE FROM login_failures WHERE until <= $1', [at]);
    await this.sql.query('DELETE FROM login_known_pairs WHERE at <= $1', [at - KNOWN_PAIR_MS]);
  }
}

const pairKey = (email: string, address: string): string => `${email.toLowerCase()} ${address}`;

/** Both 32-bit keys: a lock space apart from the single-key locks of pushes and migrations. */
const lockAddress = (tx: SqlRunner, address: string) => tx.query('SELECT pg_advisory_xact_lock(2, hashtext($1))', [address]);

async function isKnown(tx: SqlRunner, pair: string, at: number): Promise<boolean> {
  const rows = await tx.query('SELECT 1 AS one FROM login_known_pairs WHERE pair = $1 AND at > $2', [pair, at - KNOWN_PAIR_MS]);
  return rows.length > 0;
}

function waitOf(row: Row | undefined, max: number, at: number): number {
  return row && row.failures >= max ? Math.max(0, Number(row.until) - at) : 0;
}

/** A failure starts a new window once the last one has passed, else adds to it and extends it. */
async function addFailure(tx: SqlRunner, key: string, at: number): Promise<void> {
  await tx.query(
    `INSERT INTO login_failures (key, failures, until) VALUES ($1, 1, $2)
     ON CONFLICT (key) DO UPDATE SET
       failures = CASE WHEN login_failures.until <= $3 THEN 1 ELSE login_failures.failures + 1 END,
       until = EXCLUDED.until`,
    [key, at + LOCKOUT_MS, at],
  );
}
