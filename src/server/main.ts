// `npm start`: opens the store, migrates it, makes sure an admin exists, serves API and app.
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { ensureAdmin } from './auth/bootstrap-admin';
import { lockDataDir } from './store/data-lock';
import { openStore, pgliteDir } from './store/open-store';

const port = Number(process.env.PORT ?? 8080);
// Loopback unless told otherwise: exposing the server on a network is a deliberate choice.
const host = process.env.HOST ?? '127.0.0.1';

const unlock = process.env.DATABASE_URL ? () => undefined : lockDataDir(pgliteDir());
const sql = await openStore();
const admin = await ensureAdmin(sql);
if (admin?.password) {
  console.log(`Compte administrateur créé : ${admin.email} / mot de passe : ${admin.password}`);
  console.log('Notez-le maintenant : il ne sera plus affiché (npm run admin -- user passwd pour le changer).');
} else if (admin) {
  console.log(`Compte administrateur créé : ${admin.email} (mot de passe de ADMIN_PASSWORD)`);
}

const server = serve({ fetch: createApp({ sql, distDir: process.env.DIST_DIR || undefined }).fetch, port, hostname: host }, (info) => {
  const shown = host === '0.0.0.0' || host === '127.0.0.1' ? 'localhost' : host;
  console.log(`Synergies Terrain : http://${shown}:${info.port}`);
  console.log(`Base : ${sql.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : pgliteDir()}`);
});

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
