// `npm start`: opens the store, migrates it, makes sure an admin exists, serves API and app.
import type { Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { DEFAULT_LIVE_LIMITS, LiveHub } from './live/hub';
import { ensureAdmin, WeakAdminPassword } from './auth/bootstrap-admin';
import { trustedProxies } from './http/client-address';
import { allowedHostNames } from './http/request-guards';
import { applyLimits, serverLimits, serverOptions } from './http/server-limits';
import { tlsFiles, type TlsFiles } from './http/tls';
import { DataDirLocked, lockDataDir } from './store/data-lock';
import { DatabaseNewerThanCode } from './store/migrate';
import { openStore, pgliteDir } from './store/open-store';

/** Exit code of a start refused because another server holds the data folder (EX_TEMPFAIL). */
const EXIT_LOCKED = 75;

const port = Number(process.env.PORT ?? 8080);
// Loopback unless told otherwise: exposing the server on a network is a deliberate choice.
const host = process.env.HOST ?? '127.0.0.1';

let unlock: () => void = () => undefined;
let limits: ReturnType<typeof serverLimits>;
let proxies: string[];
let tls: TlsFiles | undefined;
try {
  limits = serverLimits();
  tls = tlsFiles();
  proxies = trustedProxies();
  if (!process.env.DATABASE_URL) unlock = lockDataDir(pgliteDir());
} catch (error) {
  // A plain sentence, no stack trace: this is an operator's mistake, not a bug.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(error instanceof DataDirLocked ? EXIT_LOCKED : 1);
}
const sql = await openStore().catch((error: unknown) => {
  if (!(error instanceof DatabaseNewerThanCode)) throw error;
  console.error(error.message);
  unlock();
  process.exit(1);
});
const admin = await ensureAdmin(sql).catch(async (error: unknown) => {
  if (!(error instanceof WeakAdminPassword)) throw error;
  console.error(error.message);
  await sql.close();
  unlock();
  process.exit(1);
});
if (admin?.password) {
  console.log(`Compte administrateur créé : ${admin.email} / mot de passe : ${admin.password}`);
  console.log('Notez-le maintenant : il ne sera plus affiché (npm run admin -- user passwd pour le changer).');
} else if (admin) {
  console.log(`Compte administrateur créé : ${admin.email} (mot de passe de ADMIN_PASSWORD)`);
}

const live = new LiveHub(sql, { ...DEFAULT_LIVE_LIMITS, total: limits.maxLiveStreams });
const app = createApp({ sql, live, distDir: process.env.DIST_DIR || undefined, allowedHosts: allowedHostNames(), trustedProxies: proxies });
const listen = tls
  ? { createServer: createHttpsServer, serverOptions: { ...serverOptions(limits), ...tls } }
  : { serverOptions: serverOptions(limits) };
const server = serve({ fetch: app.fetch, port, hostname: host, ...listen }, (info) => {
  const shown = host === '0.0.0.0' || host === '127.0.0.1' ? 'localhost' : host;
  console.log(`Synergies Terrain : ${tls ? 'https' : 'http'}://${shown}:${info.port}`);
  if (!tls && host !== '127.0.0.1' && host !== 'localhost') {
    console.log(
      'Attention : en HTTP, hors de localhost, les navigateurs refusent le mode hors ligne et l’installation. Voir « HTTPS » dans le README.',
    );
  }
  console.log(`Base : ${sql.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : pgliteDir()}`);
  if (host === '0.0.0.0') console.log('Accès par un nom de machine : listez-le dans ALLOWED_HOSTS (les adresses IP sont acceptées).');
}) as Server;
applyLimits(server, limits, proxies);

// Close the embedded database cleanly so it does not need crash recovery at the next start.
let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  server.close();
  await sql.close();
  unlock();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
