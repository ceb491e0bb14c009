// Loaded before the app's modules (a classic script runs before deferred module scripts): zod reads
// this flag when its schemas are built. Under our Content-Security-Policy (no 'unsafe-eval') zod
// cannot compile parsers anyway; « jitless » stops it probing `new Function`, which the browser
// reports as a policy violation on every load. The worker sets the same flag: src/domain/zod-config.ts.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
