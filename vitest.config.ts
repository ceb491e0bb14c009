// Test projects: pure units, Preact components, the server in-process and against its process,
// and end-to-end runs of the built app in Debian's Chromium.
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

/**
 * Unit tests that load exceljs: a CommonJS library whose streams check `instanceof Buffer`, which
 * fails across V8 contexts; they run in a process of their own like the other projects.
 */
const NEEDS_NODE_CONTEXT = ['tests/unit/exchange/*xlsx*.test.ts', 'tests/unit/exchange/spreadsheet-file.test.ts'];

export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['tests/unit/**/*.test.ts'],
          exclude: NEEDS_NODE_CONTEXT,
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
          environment: 'happy-dom',
          setupFiles: ['tests/setup/indexeddb.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          // Runs after unit and component tests: its fault tests start and kill real servers.
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
          // Last, alone: Chromium and the server must not fight other tests for the 2 cores.
          sequence: { groupOrder: 2 },
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
