// The admin commands (user add|list|passwd|remove), separate from the entry point so tests can run them.
import { AccountPasswordSchema, LAST_ADMIN_MESSAGE } from '../../domain/accounts';
import { DEFAULT_TERRITORIES } from '../../domain/territory';
import { RoleSchema, UserSchema } from '../../domain/user';
import { generatePassword } from '../auth/passwords';
import {
  createUser,
  findUserByEmail,
  LastAdminError,
  listUsers,
  removeUserKeepingAdmin,
  setPassword,
  unknownTerritories,
} from '../auth/users-repo';
import type { Sql } from '../store/sql';

export const USAGE = `Usage :
  npm run admin -- user add --email a@b.fr --name "Nom" --role advisor --territories dijon-metropole,cu-creusot-montceau [--password …]
  npm run admin -- user list
  npm run admin -- user passwd --email a@b.fr [--password …]
  npm run admin -- user remove --email a@b.fr
  npm run admin -- backup --file sauvegarde.tar.gz     (base embarquée, serveur arrêté)
  npm run admin -- restore --file sauvegarde.tar.gz    (base embarquée, serveur arrêté)
Rôles : advisor, animator, referent, admin. Territoires : ${DEFAULT_TERRITORIES.map((t) => t.id).join(', ')}`;

export class UsageError extends Error {}

/** What to do when the running server holds the embedded database: it alone may open the folder. */
export function lockedDataDirMessage(detail: string): string {
  return `Erreur : ${detail}.

Sans arrêter le serveur : ouvrez l’application, connectez-vous avec un compte administrateur et allez
sur la page « Comptes » (adresse du serveur suivie de /#/comptes) pour créer, modifier ou supprimer un compte.
Avec PostgreSQL (variable DATABASE_URL, la même pour le serveur et cette commande), la commande
fonctionne aussi pendant que le serveur tourne.`;
}

/** `--key value` pairs after the command; a missing value or an unknown key is an error. */
export function parseFlags(args: string[], allowed: string[]): Record<string, string> {
  const flags: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const key = args[i]!.replace(/^--/, '');
    const value = args[i + 1];
    if (!args[i]!.startsWith('--') || !allowed.includes(key)) throw new UsageError(`Option inconnue : ${args[i]}`);
    if (value === undefined || value.startsWith('--')) throw new UsageError(`Valeur manquante pour --${key}`);
    flags[key] = value;
  }
  return flags;
}

const need = (flags: Record<string, string>, key: string): string => {
  if (!flags[key]) throw new UsageError(`--${key} est obligatoire`);
  return flags[key];
};

/** The app's password rules apply here too: a typed password is checked, a generated one is long. */
function chosenPassword(typed: string | undefined): string {
  if (typed === undefined) return generatePassword();
  const checked = AccountPasswordSchema.safeParse(typed);
  if (!checked.success) throw new UsageError(checked.error.issues[0]!.message);
  return checked.data;
}

async function userByEmail(sql: Sql, email: string) {
  const user = await findUserByEmail(sql, email);
  if (!user) throw new UsageError(`Aucun compte pour ${email}`);
  return user;
}

export async function runUserCommand(sql: Sql, command: string, args: string[]): Promise<string> {
  switch (command) {
    case 'add': {
      const f = parseFlags(args, ['email', 'name', 'role', 'territories', 'password']);
      for (const key of ['email', 'name', 'role', 'territories']) need(f, key);
      const role = RoleSchema.safeParse(need(f, 'role'));
      if (!role.success) throw new UsageError(role.error.issues[0]!.message);
      const territoryIds = need(f, 'territories')
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean);
      const unknown = await unknownTerritories(sql, territoryIds);
      if (unknown.length > 0) throw new UsageError(`Territoire inconnu : ${unknown.join(', ')}`);
      const check = UserSchema.safeParse({ id: 'x', email: need(f, 'email'), name: need(f, 'name'), role: role.data, territoryIds });
      if (!check.success) throw new UsageError(check.error.issues.map((i) => i.message).join(' ; '));
      if (await findUserByEmail(sql, check.data.email)) throw new UsageError(`Un compte existe déjà pour ${check.data.email}`);
      const password = chosenPassword(f.password);
      const user = await createUser(sql, { ...check.data, password });
      return `Compte créé : ${user.email} (${user.role}, ${territoryIds.join(', ')})` + (f.password ? '' : `\nMot de passe : ${password}`);
    }
    case 'list': {
      parseFlags(args, []);
      const users = await listUsers(sql);
      return users.map((u) => `${u.email}\t${u.role}\t${u.name}\t${u.territoryIds.join(',')}`).join('\n') || 'Aucun compte';
    }
    case 'passwd': {
      const f = parseFlags(args, ['email', 'password']);
      const password = chosenPassword(f.password);
      const user = await userByEmail(sql, need(f, 'email'));
      await setPassword(sql, user.id, password);
      return `Mot de passe changé pour ${user.email}` + (f.password ? '' : ` : ${password}`);
    }
    case 'remove': {
      const f = parseFlags(args, ['email']);
      const user = await userByEmail(sql, need(f, 'email'));
      try {
        await removeUserKeepingAdmin(sql, user.id);
      } catch (error) {
        if (error instanceof LastAdminError) throw new UsageError(LAST_ADMIN_MESSAGE);
        throw error;
      }
      return `Compte supprimé : ${user.email}`;
    }
    default:
      throw new UsageError(`Commande inconnue : user ${command ?? ''}`);
  }
}
