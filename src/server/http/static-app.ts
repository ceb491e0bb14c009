// Serves the built PWA from dist/: files as they are (their .br or .gz copy when the browser takes
// it), index.html for app routes, 404 for a missing file, 503 if not built.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono, Next } from 'hono';
import type { AppEnv } from './app-env';

// The service worker and the page must be revalidated or a device could keep an old app forever;
// Vite's hashed assets never change under one name.
// Set before serving: serveStatic builds its response before calling onFound.
function cacheHeaders(path: string, c: Context): void {
  if (/(^|\/)(sw\.js|index\.html)?$/.test(path)) c.header('Cache-Control', 'no-cache');
  else if (/^\/assets\//.test(path)) c.header('Cache-Control', 'public, max-age=31536000, immutable');
}

const NOT_BUILT = `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Synergies Terrain</title>
<body>
<h1>Application non construite</h1>
<p>Le serveur fonctionne, mais le dossier <code>dist/</code> est absent. Lancez <code>npm run build</code>
(ou <code>npm start</code>, qui construit puis démarre).</p></body></html>`;

async function serveFile(c: Context<AppEnv>, next: Next, options: { root: string; path?: string }) {
  const res = await serveStatic<AppEnv>({ ...options, precompressed: true })(c, next);
  // A cache must keep the brotli, gzip and plain copies apart, whichever one it saw first.
  if (res instanceof Response && !res.headers.has('vary')) res.headers.set('Vary', 'Accept-Encoding');
  return res;
}

export function mountStaticApp(app: Hono<AppEnv>, distDir: string): void {
  const isApi = (path: string) => path === '/api' || path.startsWith('/api/');
  const built = () => existsSync(join(distDir, 'index.html'));
  app.get('*', async (c, next) => {
    if (isApi(c.req.path)) return next();
    if (!built()) return c.html(NOT_BUILT, 503, { 'Cache-Control': 'no-cache' });
    cacheHeaders(c.req.path, c);
    return serveFile(c, next, { root: distDir });
  });
  // SPA fallback: a deep link such as /entreprises/42 opens the app, which routes it; a missing
  // file (/assets/old-abc.js after an update, /favicon.ico) is a 404, not a page posing as a script.
  app.get('*', async (c, next) => {
    if (isApi(c.req.path)) return next();
    if (/\.[a-z0-9]+$/i.test(c.req.path)) return c.text('Fichier introuvable', 404, { 'Cache-Control': 'no-cache' });
    c.header('Cache-Control', 'no-cache');
    return serveFile(c, next, { root: distDir, path: 'index.html' });
  });
}
