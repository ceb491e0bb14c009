// Basemap tiles in the service worker (imported by the generated sw.js, before Workbox's routes,
// which leave /map/ alone): a tile is served from the prepared areas (« Préparer la carte hors
// ligne », cache carte-hors-ligne, written by the page: src/pwa/offline-map.ts) or the tiles
// already seen (carte-tuiles), else fetched and kept there; the tiles seen are capped in bytes,
// the oldest dropped first. The archive's description is fetched first and kept for offline.
// Plain JavaScript: it runs as is in the service worker, outside the app's build.
// @ts-check
const PREPARED_CACHE = 'carte-hors-ligne';
const SEEN_CACHE = 'carte-tuiles';
/** About 2,000 tiles of a town at street level. */
const SEEN_CAP_BYTES = 50 * 1024 * 1024;
const TRIM_EVERY = 25;
let putsSinceTrim = 0;

async function trimSeen() {
  const cache = await caches.open(SEEN_CACHE);
  const keys = await cache.keys();
  const sizes = [];
  let total = 0;
  for (const key of keys) {
    const res = await cache.match(key);
    const size = Number(res?.headers.get('x-tile-bytes') ?? 0);
    sizes.push(size);
    total += size;
  }
  // Keys come back in insertion order: the oldest first.
  for (let i = 0; i < keys.length && total > SEEN_CAP_BYTES; i++) {
    await cache.delete(keys[i]);
    total -= sizes[i];
  }
}

async function tile(request) {
  const hit = (await (await caches.open(PREPARED_CACHE)).match(request)) ?? (await (await caches.open(SEEN_CACHE)).match(request));
  if (hit) return hit;
  const res = await fetch(request);
  if (res.status !== 200) return res;
  const body = await res.arrayBuffer();
  const headers = new Headers(res.headers);
  headers.delete('content-encoding');
  headers.delete('content-length');
  headers.set('x-tile-bytes', String(body.byteLength));
  const kept = new Response(body, { status: 200, headers });
  const cache = await caches.open(SEEN_CACHE);
  await cache.put(request, kept.clone());
  if (++putsSinceTrim >= TRIM_EVERY) {
    putsSinceTrim = 0;
    trimSeen().catch(() => undefined);
  }
  return kept;
}

async function basemapInfo(request) {
  try {
    const res = await fetch(request);
    if (res.ok) await (await caches.open(SEEN_CACHE)).put(request, res.clone());
    return res;
  } catch (error) {
    const kept = (await (await caches.open(PREPARED_CACHE)).match(request)) ?? (await (await caches.open(SEEN_CACHE)).match(request));
    if (kept) return kept;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const e = /** @type {FetchEvent} */ (event);
  if (e.request.method !== 'GET') return;
  const url = new URL(e.request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/map/tiles/')) e.respondWith(tile(e.request));
  else if (url.pathname === '/map/basemap.json') e.respondWith(basemapInfo(e.request));
});
