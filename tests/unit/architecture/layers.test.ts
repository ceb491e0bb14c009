// Data flows down: each layer of src/ imports only the layers below it (README « Architecture »).
// The rule lives in the ESLint configuration (`npm run lint` checks every file); this test checks
// that the configuration covers every folder of src/ and catches every import form, at any depth.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const SRC = join(ROOT, 'src');
const RULE = 'layers/import-direction';
type Layers = Record<string, { mayImport: string[]; forbiddenPackages?: string }>;

const eslint = new ESLint({ cwd: ROOT, ruleFilter: ({ ruleId }) => ruleId === RULE });
let layers: Layers;

beforeAll(async () => {
  const config = (await eslint.calculateConfigForFile(join(SRC, 'domain/probe.ts'))) as { rules: Record<string, unknown[]> };
  layers = (config.rules[RULE]![1] as { layers: Layers }).layers;
});

async function flagged(file: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(code, { filePath: join(SRC, file) });
  return result!.messages.some((m) => m.ruleId === RULE);
}

describe('layers of src/', () => {
  it('names every folder of src/ in the lint configuration', () => {
    const folders = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());
    expect(folders.sort()).toEqual(Object.keys(layers).sort());
  });

  it('flags every import the wrong way and only those, from any depth', async () => {
    const seen: string[] = [];
    const upward: string[] = [];
    for (const [from, { mayImport }] of Object.entries(layers)) {
      for (const to of Object.keys(layers).filter((n) => n !== from)) {
        if (!mayImport.includes(to)) upward.push(`${from} → ${to}`);
        const top = await flagged(`${from}/probe.ts`, `import { x } from '../${to}/thing';`);
        const deep = await flagged(`${from}/sub/probe.ts`, `import { x } from '../../${to}/thing';`);
        // A sub-folder of the same layer that happens to bear another layer's name is not that layer.
        const lookalike = await flagged(`${from}/sub/probe.ts`, `import { x } from '../${to}/thing';`);
        if (top) seen.push(`${from} → ${to}`);
        expect({ from, to, deep, lookalike }).toEqual({ from, to, deep: top, lookalike: false });
      }
    }
    expect(seen).toEqual(upward);
    expect(seen).toEqual(expect.arrayContaining(['domain → db', 'pwa → ui', 'db → sync', 'matching → ui', 'server → db']));
  });

  it('reads re-exports, dynamic imports and type imports, and forbidden packages', async () => {
    expect(await flagged('domain/probe.ts', `export { x } from '../db/thing';`)).toBe(true);
    expect(await flagged('domain/probe.ts', `export * from '../db/thing';`)).toBe(true);
    expect(await flagged('pwa/probe.ts', `const page = () => import('../ui/app');`)).toBe(true);
    expect(await flagged('matching/probe.ts', `import type { X } from '../sync/thing';`)).toBe(true);
    expect(await flagged('domain/probe.ts', `import Dexie from 'dexie';`)).toBe(true);
    expect(await flagged('server/probe.ts', `import { h } from 'preact';`)).toBe(true);
    expect(await flagged('server/probe.ts', `import { Hono } from 'hono';`)).toBe(false);
    expect(await flagged('main.tsx', `import { App } from './ui/app';`)).toBe(false);
  });
});
