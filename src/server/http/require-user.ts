// Bearer-token middleware: 401 without a valid session, else the user and their scope on the context.
import { createMiddleware } from 'hono/factory';
import { findUserById } from '../auth/users-repo';
import { sessionUser } from '../auth/sessions';
import { scopeOfUser } from '../sync/scope';
import { ApiFailure } from './api-error';
import type { AppEnv, ServerDeps } from './app-env';
import { markSignedIn } from './connection-gate';

export function requireUser(deps: ServerDeps) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const userId = token && (await sessionUser(deps.sql, token));
    const found = userId ? await findUserById(deps.sql, userId) : undefined;
    if (!token || !found) {
      c.header('WWW-Authenticate', 'Bearer');
      throw new ApiFailure(401, 'Connexion requise : identifiez-vous à nouveau');
    }
    // This connection now belongs to a signed-in device: it keeps its slot under a flood of strangers.
    markSignedIn(c.env);
    const { passwordHash: _hidden, ...user } = found;
    c.set('user', user);
    c.set('token', token);
    c.set('scope', scopeOfUser(user));
    await next();
  });
}
