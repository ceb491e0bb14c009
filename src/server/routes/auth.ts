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
import { PasswordChecks } from '../auth/password-checks';

// Checked when the e-mail is unknown, so both failures take the same time.
const decoyHash = hashPassword('decoy-password-never-used');

export function authRoutes(deps: ServerDeps, checks = new PasswordChecks()) {
  const routes = new Hono<AppEnv>();

  routes.post('/login', async (c) => {
    const { email, password } = await readBody(c, LoginRequestSchema);
    const address = clientAddress(c, deps.trustedProxies);
    const release = await checks.acquire();
    if (!release) {
      c.header('Retry-After', '5');
      throw new ApiFailure(503, 'Serveur occupé : réessayez dans quelques secondes', 'password', 'unavailable');
    }
    let ok: boolean;
    let found: Awaited<ReturnType<typeof findUserByEmail>>;
    try {
      const wait = await deps.throttle.reserve(email, address);
      if (wait > 0) {
        c.header('Retry-After', String(Math.ceil(wait / 1000)));
        throw new ApiFailure(429, `Trop d’essais : réessayez dans ${Math.ceil(wait / 60_000)} min`, 'password');
      }
      found = await findUserByEmail(deps.sql, email);
      ok = await verifyPassword(password, found?.passwordHash ?? (await decoyHash));
    } finally {
      release();
    }
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
