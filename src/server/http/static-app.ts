// Serves the built PWA from dist/: files as they are, index.html for app routes, 503 if not built.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono } from 'hono';
import type { AppEnv } from './app-env';

// The service worker and the page must be revalidated or a device could keep an old app forever;
// Vite's hashed assets never change under one name.
// Set before serving: serveStatic builds its response before calling onFound.
function cacheHeaders(path: string, c: Context): void {
  if (/(^|\/)(sw\.js|index\.html)?$/.test(path)) c.header('Cache-Control', 'no-cache');
  else if (/^\/assets\//.test(path)) c.header('Cache-Control', 'public, max-age=31536000, immutable');
}

const NOT_BUILT = `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Synergies Terrain</title>
<body style="font-family:sans-serif;max-width:40em;margin:3em auto">
<h1>Application non construite</h1>
<p>Le serveur fonctionne, mais le dossier <code>dist/</code> est absent. Lancez <code>npm run build</code>
(ou <code>npm start</code>, qui construit puis démarre).</p></body></html>`;

export function mountStaticApp(app: Hono<AppEnv>, distDir: string): void {
  const isApi = (path: string) => path === '/api' || path.startsWith('/api/');
  const built = () => existsSync(join(distDir, 'index.html'));
  app.get('*', async (c, next) => {
    if (isApi(c.req.path)) return next();
    if (!built()) return c.html(NOT_BUILT, 503, { 'Cache-Control': 'no-cache' });
    cacheHeaders(c.req.path, c);
    return serveStatic<AppEnv>({ root: distDir })(c, next);
  });
  // SPA fallback: a deep link such as /entreprises/42 opens the app, which routes it.
  app.get('*', async (c, next) => {
    if (isApi(c.req.path)) return next();
    c.header('Cache-Control', 'no-cache');
    return serveStatic<AppEnv>({ root: distDir, path: 'index.html' })(c, next);
  });
}
