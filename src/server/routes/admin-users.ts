// Account administration over HTTP (admin role only), so accounts can be managed while the server
// holds the embedded database: list, create, edit, reset a password, remove.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { z } from 'zod';
import {
  accountIssue,
  LAST_ADMIN_MESSAGE,
  AccountUpdateSchema,
  NewAccountSchema,
  PasswordResetSchema,
  type CreatedAccount,
  type PasswordResetResponse,
} from '../../domain/accounts';
import { hasUnsafeText } from '../../domain/text-safety';
import { generatePassword } from '../auth/passwords';
import {
  createUser,
  findUserByEmail,
  findUserById,
  LastAdminError,
  listUsers,
  removeUserKeepingAdmin,
  setPassword,
  unknownTerritories,
  updateUser,
} from '../auth/users-repo';
import { can } from '../../domain/permissions';
import { ApiFailure } from '../http/api-error';
import type { AppEnv, ServerDeps } from '../http/app-env';
import { requireUser } from '../http/require-user';
import { readBody } from '../http/validate';
import { isUniqueViolation, type SqlRunner } from '../store/sql';

export const ADMIN_ONLY_MESSAGE = 'Réservé aux administrateurs';

const requireAdmin = createMiddleware<AppEnv>(async (c, next) => {
  if (!can(c.get('user'), 'manage accounts')) throw new ApiFailure(403, ADMIN_ONLY_MESSAGE);
  await next();
});

// The account schemas carry their own French messages (on an account, "name" is a person, so the
// generic field labels of http/validate would mislead).
const readAccountBody = <S extends z.ZodType>(c: Context, schema: S) => readBody(c, schema, accountIssue);

async function checkTerritories(db: SqlRunner, ids: readonly string[] | undefined): Promise<void> {
  if (!ids) return;
  const unknown = await unknownTerritories(db, ids);
  if (unknown.length > 0) {
    throw new ApiFailure(400, `Territoires : inconnu${unknown.length > 1 ? 's' : ''} (${unknown.join(', ')})`, 'territoryIds');
  }
}

async function existing(db: SqlRunner, id: string) {
  // An id no account can have (control characters, a megabyte of text) never reaches SQL.
  const found = id.length <= 64 && !hasUnsafeText(id) ? await findUserById(db, id) : undefined;
  if (!found) throw new ApiFailure(404, 'Compte introuvable : il a peut-être déjà été supprimé', 'id');
  return found;
}

const alreadyExists = (email: string) => new ApiFailure(409, `Un compte existe déjà pour ${email}`, 'email');

export function adminUserRoutes(deps: ServerDeps) {
  const routes = new Hono<AppEnv>();
  // Per route, not routes.use(): an unknown path must stay a 404, not become a 401.
  const admin = [requireUser(deps), requireAdmin] as const;

  routes.get('/', ...admin, async (c) => c.json(await listUsers(deps.sql)));

  routes.post('/', ...admin, async (c) => {
    const input = await readAccountBody(c, NewAccountSchema);
    await checkTerritories(deps.sql, input.territoryIds);
    if (await findUserByEmail(deps.sql, input.email)) throw alreadyExists(input.email);
    const password = input.password ?? generatePassword();
    // Two admins creating the same account at once: the second insert hits the unique e-mail.
    const user = await createUser(deps.sql, { ...input, password }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? alreadyExists(input.email) : error;
    });
    const body: CreatedAccount = input.password ? { user } : { user, password };
    return c.json(body, 201);
  });

  routes.patch('/:id', ...admin, async (c) => {
    const id = c.req.param('id');
    const changes = await readAccountBody(c, AccountUpdateSchema);
    const target = await existing(deps.sql, id);
    await checkTerritories(deps.sql, changes.territoryIds);
    // Demoting oneself would close this very page; another admin must do it.
    if (id === c.get('user').id && changes.role !== undefined && !can({ role: changes.role, territoryIds: [] }, 'manage accounts')) {
      throw new ApiFailure(
        409,
        'Impossible de retirer votre propre rôle d’administrateur : demandez-le à un autre administrateur.',
        'role',
      );
    }
    try {
      return c.json(await updateUser(deps.sql, target.id, changes));
    } catch (error) {
      if (error instanceof LastAdminError) throw new ApiFailure(409, LAST_ADMIN_MESSAGE, 'role');
      throw error;
    }
  });

  routes.post('/:id/password', ...admin, async (c) => {
    const { password: chosen } = await readAccountBody(c, PasswordResetSchema);
    const target = await existing(deps.sql, c.req.param('id'));
    const password = chosen ?? generatePassword();
    // Every device of that person is signed out; an admin resetting their own keeps this one.
    await setPassword(deps.sql, target.id, password, target.id === c.get('user').id ? c.get('token') : undefined);
    const body: PasswordResetResponse = chosen ? {} : { password };
    return c.json(body);
  });

  routes.delete('/:id', ...admin, async (c) => {
    const target = await existing(deps.sql, c.req.param('id'));
    if (target.id === c.get('user').id) {
      throw new ApiFailure(409, 'Impossible de supprimer votre propre compte : demandez-le à un autre administrateur.', 'id');
    }
    try {
      // Their sessions go in the same transaction (ON DELETE CASCADE): their devices get 401 at once.
      await removeUserKeepingAdmin(deps.sql, target.id);
    } catch (error) {
      if (error instanceof LastAdminError) throw new ApiFailure(409, LAST_ADMIN_MESSAGE, 'id');
      throw error;
    }
    return c.body(null, 204);
  });

  return routes;
}
