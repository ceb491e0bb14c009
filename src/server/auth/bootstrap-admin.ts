// First start: make sure someone can log in and create the other accounts.
import { AccountPasswordSchema } from '../../domain/accounts';
import { DEFAULT_TERRITORIES } from '../../domain/territory';
import type { Sql } from '../store/sql';
import { generatePassword } from './passwords';
import { countAdmins, createUser } from './users-repo';

export interface AdminEnv {
  ADMIN_EMAIL?: string;
  ADMIN_PASSWORD?: string;
}

/** ADMIN_PASSWORD breaks the app's password rules: the server refuses to start with it. */
export class WeakAdminPassword extends Error {}

/** Creates the first admin when there is none; returns the credentials to print once, if generated. */
export async function ensureAdmin(sql: Sql, env: AdminEnv = process.env): Promise<{ email: string; password?: string } | undefined> {
  if ((await countAdmins(sql)) > 0) return undefined;
  if (env.ADMIN_PASSWORD !== undefined) {
    const checked = AccountPasswordSchema.safeParse(env.ADMIN_PASSWORD);
    if (!checked.success) throw new WeakAdminPassword(`ADMIN_PASSWORD refusé. ${checked.error.issues[0]!.message}.`);
  }
  const email = env.ADMIN_EMAIL ?? 'admin@synergies.local';
  const generated = env.ADMIN_PASSWORD ? undefined : generatePassword();
  await createUser(sql, {
    email,
    name: 'Administrateur',
    role: 'admin',
    territoryIds: DEFAULT_TERRITORIES.map((t) => t.id),
    password: env.ADMIN_PASSWORD ?? generated!,
  });
  return { email, password: generated };
}
