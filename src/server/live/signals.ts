// What server processes tell each other through the database (NOTIFY on one channel): « something
// was written » and « this account's sessions or rights changed ». Sent from inside the writing
// transaction when there is one, so it arrives only if the change commits — and reaches every
// process on the same database: other server instances, and this one too.
import { z } from 'zod';
import type { SqlRunner } from '../store/sql';

export const LIVE_CHANNEL = 'synergies_live';

export const LiveSignalSchema = z.discriminatedUnion('kind', [
  /** `from`: the process that wrote, which has told its own listeners already. */
  z.object({ kind: z.literal('changed'), from: z.string().max(64).optional() }),
  /** Sign-out, password reset, removal, new role or territories: that account's streams are checked. */
  z.object({ kind: z.literal('account'), userId: z.string().min(1).max(64) }),
]);
export type LiveSignal = z.infer<typeof LiveSignalSchema>;

export async function signal(db: SqlRunner, message: LiveSignal): Promise<void> {
  await db.query('SELECT pg_notify($1, $2)', [LIVE_CHANNEL, JSON.stringify(message)]);
}

export const signalAccount = (db: SqlRunner, userId: string): Promise<void> => signal(db, { kind: 'account', userId });

/** A payload read back; anything unreadable is treated as « something changed ». */
export function readSignal(payload: string): LiveSignal {
  try {
    const parsed = LiveSignalSchema.safeParse(JSON.parse(payload));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through
  }
  return { kind: 'changed' };
}
