// Login and logout: a password exchanged for a bearer token, and the token revoked.
import { Hono } from 'hono';
import { LoginRequestSchema, type LoginResponse } from '../../domain/user';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { closeSession, openSession } from '../auth/sessions';
import { findUserByEmail } from '../auth/users-repo';
import { noteActivity } from '../indicators/activity';
import { ApiFailure } from '../http/api-error';
import { clientAddress } from '../http/client-address';
import type { AppEnv, ServerDeps } from '../http/app-env';
import { requireUser } from '../http/require-user';
import { readBody } from '../http/validate';
import { markSignedIn } from '../http/connection-gate';

// Checked when the e-mail is unknown, so both failures take the same time.
const decoyHash = hashPassword('decoy-password-never-used');

export function authRoutes(deps: ServerDeps) {
  const routes = new Hono<AppEnv>();

  routes.post('/login', async (c) => {
    const { email, password } = await readBody(c, LoginRequestSchema);
    const address = clientAddress(c, deps.trustedProxies);
    const wait = await deps.throttle.reserve(email, address);
    if (wait > 0) {
      c.header('Retry-After', String(Math.ceil(wait / 1000)));
      throw new ApiFailure(429, `Trop d’essais : réessayez dans ${Math.ceil(wait / 60_000)} min`, 'password');
    }
    const found = await findUserByEmail(deps.sql, email);
    const ok = await verifyPassword(password, found?.passwordHash ?? (await decoyHash));
    // The failure was counted by reserve(): nothing to record here.
    if (!found || !ok) throw new ApiFailure(401, 'E-mail ou mot de passe incorrect', 'password');
    await deps.throttle.succeed(email, address);
    // The connection is a signed-in device's now: it keeps its slot under a flood of strangers.
    markSignedIn(c.env);
    const { passwordHash: _hidden, ...user } = found;
    const body: LoginResponse = { token: await openSession(deps.sql, user.id), user };
    await noteActivity(deps, user.id, 'sign-in');
    return c.json(body);
  });

  routes.post('/logout', requireUser(deps), async (c) => {
    await closeSession(deps.sql, c.get('token'));
    return c.body(null, 204);
  });

  return routes;
}
