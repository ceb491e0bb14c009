// The matching worker imports this first, before any schema is built: zod reads the flag when a
// schema is created. Under our Content-Security-Policy it cannot compile parsers anyway, and
// « jitless » stops it probing `new Function` (a policy violation report). The page sets the same
// flag from public/zod-jitless.js, a classic script that runs before the app's modules.
const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
scope.__zod_globalConfig = { ...scope.__zod_globalConfig, jitless: true };
