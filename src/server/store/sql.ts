// The one SQL interface the server talks to; PGlite and PostgreSQL adapters both implement it.

/** Runs parameterised statements ($1, $2…); bigint columns come back as JS numbers. */
export interface SqlRunner {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs several statements separated by semicolons, without parameters (migrations). */
  exec(text: string): Promise<void>;
}

export interface Sql extends SqlRunner {
  /** Runs `fn` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /**
   * Calls `onPayload` for each NOTIFY on `channel` (from any process on the same database, this one
   * included), and `onPayload(null)` after a lost connection came back: notifications may have been
   * missed. Returns a function that stops listening.
   */
  listen(channel: string, onPayload: (payload: string | null) => void): Promise<() => Promise<void>>;
  readonly kind: 'pglite' | 'postgres';
}

/** PostgreSQL's unique_violation (both drivers expose the SQLSTATE as `code`): a concurrent insert won. */
export const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
