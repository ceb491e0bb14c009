// Data flows down: each layer of src/ imports only the layers below it (README « Architecture »,
// CONTRIBUTING « Where things live »). Read from the source files themselves, so a new arrow the
// wrong way fails here rather than in a review.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../../src');
type Layer = 'domain' | 'db' | 'matching' | 'sync' | 'exchange' | 'ui' | 'pwa' | 'server';

/** What each layer may import, besides itself. */
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  domain: [],
  db: ['domain'],
  // The worker reads flux from IndexedDB itself (read-base, store, auto-rematch).
  matching: ['domain', 'db'],
  sync: ['domain', 'db', 'matching'],
  exchange: ['domain', 'db'],
  pwa: ['domain'],
  ui: ['domain', 'db', 'matching', 'sync', 'exchange', 'pwa'],
  server: ['domain'],
};

/** Known arrows the wrong way, each with the reason it is still there; keep this list short. */
const KNOWN_EXCEPTIONS: ReadonlyArray<{ from: string; to: string; why: string }> = [
  { from: 'db/followups.ts', to: 'sync/session', why: 'follow-up writes stamp the signed-in author and device id' },
];

/** Packages a layer must not use (the domain runs in page, worker and server alike). */
const FORBIDDEN_PACKAGES: Partial<Record<Layer, RegExp>> = {
  domain: /^(dexie|preact|hono|@hono|pg|@electric-sql|idb-keyval|workbox-window|node:)/,
  server: /^(dexie|preact|idb-keyval|workbox-window)/,
  matching: /^(preact|hono|@hono|pg|@electric-sql|node:)/,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const layerOf = (path: string): Layer | undefined => relative(SRC, path).split('/')[0] as Layer | undefined;
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2]!);
}

function violations(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const from = layerOf(file);
    if (!from || !(from in MAY_IMPORT)) continue;
    for (const spec of importsOf(file)) {
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        const to = layerOf(target);
        if (!to || to === from || MAY_IMPORT[from].includes(to)) continue;
        const rel = relative(SRC, file);
        const targetRel = relative(SRC, target);
        if (KNOWN_EXCEPTIONS.some((e) => e.from === rel && e.to === targetRel)) continue;
        found.push(`${rel} → ${targetRel}`);
      } else if (FORBIDDEN_PACKAGES[from]?.test(spec)) {
        found.push(`${relative(SRC, file)} → paquet ${spec}`);
      }
    }
  }
  return found;
}

describe('layers of src/', () => {
  it('import only downwards', () => {
    expect(violations()).toEqual([]);
  });

  it('see every import form the rule must catch', () => {
    // The reader itself, on the forms used in this codebase: a check that reads nothing passes everything.
    const seen = importsOf(join(SRC, 'main.tsx'));
    expect(seen).toContain('preact');
    expect(seen).toContain('./db/persistence');
    expect(seen).toContain('./db/journal-replay');
  });
});
