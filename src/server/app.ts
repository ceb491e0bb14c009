// The server as a Hono app: the JSON API under /api/v1 and the built PWA, on one port.
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { CHANGE_LOG_ROUTE } from '../domain/change-log';
import { API_PREFIX, API_ROUTES, MAX_BODY_BYTES } from '../domain/api';
import { REFERENCE_ROUTES } from '../domain/reference-data';
import { LoginThrottle } from './auth/login-throttle';
import { ApiFailure } from './http/api-error';
import type { AppEnv, ServerDeps } from './http/app-env';
import './http/french-errors';
import { logSafe } from './http/log-safe';
import { checkHost, requireJsonBody } from './http/request-guards';
import { noStore, securityHeaders } from './http/security-headers';
import { mountStaticApp } from './http/static-app';
import { accountRoutes } from './routes/account';
import { changeLogRoutes } from './routes/change-log';
import { adminUserRoutes } from './routes/admin-users';
import { ASSIGNEES_ROUTE, assigneeRoutes } from './routes/assignees';
import { authRoutes } from './routes/auth';
import { LiveHub } from './live/hub';
import { companyRoutes } from './routes/companies';
import { liveRoutes } from './routes/live';
import { parkRoutes } from './routes/parks';
import { referenceRoutes } from './routes/reference';
import { syncRoutes } from './routes/sync';
import { territoryRoutes } from './routes/territories';
import { indicatorRoutes } from './routes/indicators';
import { mapRoutes } from './routes/map';
import { INDICATORS_ROUTE } from '../domain/indicators/period';
import type { Sql } from './store/sql';

export const DEFAULT_DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));

export interface AppOptions {
  sql: Sql;
  distDir?: string;
  log?: ServerDeps['log'];
  throttle?: LoginThrottle;
  live?: LiveHub;
  /** Host names accepted in the Host header (IP literals always are); unset = no check (tests). */
  allowedHosts?: readonly string[];
  /** Reverse proxies in front of the server (TRUSTED_PROXIES); none by default. */
  trustedProxies?: readonly string[];
  /** The basemap's PMTiles file; MAP_TILES_FILE by default, none when unset. */
  mapTilesFile?: string;
}

export function createApp(options: AppOptions): Hono<AppEnv> {
  const deps: ServerDeps = {
    sql: options.sql,
    throttle: options.throttle ?? new LoginThrottle(options.sql),
    live: options.live ?? new LiveHub(options.sql),
    log: options.log ?? ((message, error) => console.error(message, error ?? '')),
    trustedProxies: options.trustedProxies ?? [],
  };
  // Hears the other server processes' writes and account changes (NOTIFY through the database).
  deps.live.start(deps.log).catch((error: unknown) => deps.log('Canal en direct : écoute de la base impossible', error));
  const app = new Hono<AppEnv>();

  app.use('*', securityHeaders);
  if (options.allowedHosts) app.use('*', checkHost(options.allowedHosts));
  app.use(`${API_PREFIX}/*`, noStore, requireJsonBody);
  app.use(
    `${API_PREFIX}/*`,
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        c.json({ error: `Requête trop volumineuse : ${MAX_BODY_BYTES / 1024 / 1024} Mo au plus`, field: 'body', code: 'too-large' }, 413),
    }),
  );
  app.get(`${API_PREFIX}/health`, (c) => c.json({ ok: true }));
  app.route(`${API_PREFIX}/auth`, authRoutes(deps));
  app.route(`${API_PREFIX}/sync`, syncRoutes(deps));
  app.route(`${API_PREFIX}/companies`, companyRoutes(deps));
  app.route(API_ROUTES.live, liveRoutes(deps, deps.live));
  app.route(API_PREFIX, accountRoutes(deps));
  app.route(API_ROUTES.adminUsers, adminUserRoutes(deps));
  app.route(CHANGE_LOG_ROUTE, changeLogRoutes(deps));
  app.route(ASSIGNEES_ROUTE, assigneeRoutes(deps));
  // Reference data: territories (admins) and business parks (referents, admins, proposals).
  app.route(REFERENCE_ROUTES.reference, referenceRoutes(deps));
  app.route(REFERENCE_ROUTES.parks, parkRoutes(deps));
  app.route(REFERENCE_ROUTES.territories, territoryRoutes(deps));
  app.route(INDICATORS_ROUTE, indicatorRoutes(deps));
  // The basemap (outside /api: public, cacheable tiles), before the app's files and its fallback.
  app.route('/map', mapRoutes(deps, options.mapTilesFile ?? (process.env.MAP_TILES_FILE || undefined)));
  mountStaticApp(app, options.distDir ?? DEFAULT_DIST_DIR);

  app.notFound((c) => c.json({ error: `Route inconnue : ${c.req.method} ${logSafe(c.req.path, 120)}`, code: 'not-found' }, 404));
  app.onError((error, c) => {
    if (error instanceof ApiFailure) return c.json(error.body(), error.status);
    // The details stay in the server's log; the device gets a message without internals.
    deps.log(`Erreur sur ${c.req.method} ${logSafe(c.req.path)}`, error);
    return c.json({ error: 'Erreur interne du serveur', code: 'unavailable' }, 500);
  });
  return app;
}
