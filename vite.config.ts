// Build of the PWA: Preact, a precached app shell (Workbox, generateSW), the matching worker, and
// gzip + brotli copies of the text assets for the server to send.
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompressDir } from './scripts/precompress.ts';

/** Runs after the service worker is written (closeBundle, order post), so it is compressed too. */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved: (config) => void (outDir = resolve(config.root, config.build.outDir)),
    closeBundle: { order: 'post', sequential: true, handler: () => void precompressDir(outDir) },
  };
}

export default defineConfig({
  plugins: [
    preact(),
    VitePWA({
      // The app asks before switching to a new version (src/pwa/update.ts uses workbox-window).
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/*.svg', 'icons/*.png'],
      manifest: {
        name: 'Synergies Terrain',
        short_name: 'Synergies',
        description: "Visites d'entreprises, flux et synergies d'écologie industrielle et territoriale, hors ligne.",
        lang: 'fr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#f6f7f4',
        theme_color: '#1f6f50',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // mjs: MapLibre's worker, a file of its own (loaded only with the map, but precached: the map works offline).
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        // The API is never served from the cache: sync must see the real network.
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        // The XLSX chunk (exceljs, ~0.9 MB, loaded only to export or import a workbook) must be
        // precached too, so a workbook is written offline: keep the limit above it.
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        // Basemap tiles: the prepared areas first, then the tiles seen, capped (public/map-sw.js).
        importScripts: ['/map-sw.js'],
      },
    }),
    precompress(),
  ],
  worker: { format: 'es' },
  // Two libraries are lazy chunks of about 1 MB, fetched only where used (exceljs for XLSX, ~0.9 MB;
  // maplibre-gl for the map, ~1.1 MB): not a reason to warn on each build.
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1200 },
});
