// Test projects: pure units, Preact components, the server in-process and against its process,
// and end-to-end runs of the built app in Debian's Chromium.
import preact from '@preact/preset-vite';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Unit tests that load exceljs: a CommonJS library whose streams check `instanceof Buffer`, which
 * fails across V8 contexts; they run in a process of their own like the other projects.
 */
const NEEDS_NODE_CONTEXT = ['tests/unit/exchange/*xlsx*.test.ts', 'tests/unit/exchange/spreadsheet-file.test.ts'];

/** Files that declare module mocks, reset modules or stub globals: they get modules of their own. */
function ownModules(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext) && /\bvi\.(mock|doMock|resetModules|stubGlobal)\(/.test(readFileSync(`${dir}/${f}`, 'utf8')))
    .map((f) => `${dir}/${f}`);
}

/**
 * Unit files on pure code: they import nothing that keeps state (database, sync, exchange, pages,
 * the matching store and its worker bridge, workshops, follow-ups, session, server, test set-up)
 * and mock nothing, read from their import lines. They share their thread's modules, so the
 * domain, the vocabulary and the engine are imported once per thread instead of once per file.
 */
const STATEFUL_IMPORT =
  /from '[^']*(\/db\b|\/sync\b|\/exchange|\/ui\/|matching\/(store|bridge|auto-rematch|rematch-hold|worker)|fixtures\/db|workshops|followups|session|server|setup)/;
const UNIT_PURE = readdirSync('tests/unit', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => `tests/unit/${f}`)
  .filter((f) => {
    const text = readFileSync(f, 'utf8');
    return !STATEFUL_IMPORT.test(text) && !/\bvi\.(mock|doMock|resetModules|stubGlobal|useFakeTimers)\(/.test(text);
  })
  .filter((f) => !/xlsx|spreadsheet-file/.test(f));

/**
 * Component files that need modules of their own: those that mock modules (`vi.mock`, found by
 * reading the files) and those whose pages keep state in modules across tests (the toasts, the
 * autosave registry, the workshop's projector) and must start from it fresh. The others share their
 * worker's modules (`isolate: false`): importing the pages, the domain and the vocabulary once per
 * worker instead of once per file was most of this project's time.
 */
const COMPONENT_DIR = 'tests/component';
const COMPONENT_OWN_MODULES = [
  ...ownModules(COMPONENT_DIR, '.test.tsx'),
  'tests/component/forms/field-defects.test.tsx',
  'tests/component/indicators/indicators-page.test.tsx',
  'tests/component/sync/account-change.test.tsx',
  'tests/component/synergies/synergies-pages.test.tsx',
  'tests/component/territories/park-picker.test.tsx',
  'tests/component/visit/questionnaire.test.tsx',
  'tests/component/workshops/name-cards.test.tsx',
  'tests/component/workshops/undo-scope.test.tsx',
];

/** Server tests that start real server processes (ports, signals, kills): one at a time. */
const SERVER_PROCESSES = [
  'tests/server/backup-restore.test.ts',
  'tests/server/data-lock.test.ts',
  'tests/server/delivery.test.ts',
  'tests/server/faults.test.ts',
  'tests/server/https.test.ts',
  'tests/server/instances.test.ts',
  'tests/server/limits.test.ts',
  'tests/server/live.test.ts',
  'tests/server/per-address-limits.test.ts',
];

/** In-process server files that mock modules or stub globals: not in the project sharing modules. */
const SERVER_OWN_MODULES = ownModules('tests/server', '.test.ts').filter((f) => !SERVER_PROCESSES.includes(f));

export default defineConfig({
  plugins: [preact()],
  test: {
    // Timeouts catch a hang, not slowness: CI shares two busy cores, where a test that walks the
    // whole vocabulary (a few seconds here) can take three times as long.
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core machine, which
    // left a core idle for most of a run (most files wait on a database, a server or a page part
    // of their time). Every project of a group must use the same count (Vitest refuses otherwise).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['tests/unit/**/*.test.ts'],
          exclude: [...NEEDS_NODE_CONTEXT, ...UNIT_PURE],
          globalSetup: ['tests/setup/pglite-template.ts'],
          environment: 'node',
          setupFiles: ['tests/setup/indexeddb.ts'],
          // Each file in a fresh V8 context of a reused thread, not a fresh process: the same
          // isolation, at half the CPU (module imports were most of this project's time).
          pool: 'vmThreads',
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-pure',
          sequence: { groupOrder: 0 },
          include: UNIT_PURE,
          environment: 'node',
          setupFiles: ['tests/setup/indexeddb.ts'],
          pool: 'threads',
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-node',
          sequence: { groupOrder: 0 },
          include: NEEDS_NODE_CONTEXT,
          environment: 'node',
          setupFiles: ['tests/setup/indexeddb.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          sequence: { groupOrder: 0 },
          include: ['tests/component/**/*.test.tsx'],
          exclude: COMPONENT_OWN_MODULES,
          environment: 'happy-dom',
          setupFiles: ['tests/setup/indexeddb.ts', 'tests/setup/component.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'component-isolated',
          sequence: { groupOrder: 0 },
          include: COMPONENT_OWN_MODULES,
          environment: 'happy-dom',
          setupFiles: ['tests/setup/indexeddb.ts', 'tests/setup/component.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          exclude: [...SERVER_PROCESSES, ...SERVER_OWN_MODULES],
          globalSetup: ['tests/setup/pglite-template.ts'],
          // In-process tests: each file has its own store (in-memory PGlite, or its own PostgreSQL
          // database under DATABASE_URL), so files run side by side with the unit tests. The server's
          // state lives in the app and store each file creates, not in its modules: the files share
          // their worker's modules (`isolate: false`) instead of importing the server and PGlite
          // again each (a second per file).
          sequence: { groupOrder: 0 },
          isolate: false,
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // None today: a server file that mocks modules or stubs globals gets modules of its own.
          name: 'server-own-modules',
          include: SERVER_OWN_MODULES,
          globalSetup: ['tests/setup/pglite-template.ts'],
          sequence: { groupOrder: 0 },
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'server-process',
          include: SERVER_PROCESSES,
          // After the others, one file at a time: they start, cut off and kill real servers.
          sequence: { groupOrder: 1 },
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.spec.ts'],
          // Last, after the other projects, two spec files at a time: each has its own server,
          // data folder and Chromium, and most of a spec's time is waiting on the page, so two
          // side by side take about 60 % of the time of one after another (`E2E_WORKERS=1` to
          // run them one at a time).
          sequence: { groupOrder: 2 },
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          maxWorkers: Number(process.env.E2E_WORKERS ?? 2),
        },
      },
    ],
  },
});
