// Test projects: pure units, Preact components, the server in-process and against its process,
// and end-to-end runs of the built app in Debian's Chromium.
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

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
