// ESLint rule `layers/import-direction`: each layer of src/ imports only the layers below it
// (README « Architecture »). Resolves relative paths itself, so a file's depth does not matter,
// and reads static imports, re-exports and dynamic `import()` alike.
import { dirname, relative, resolve, sep } from 'node:path';

/**
 * What each layer may import besides itself, and the packages it must not use (the domain runs in
 * page, worker and server alike; the server never ships page code).
 * @type {Record<string, { mayImport: string[]; forbiddenPackages?: string }>}
 */
export const LAYERS = {
  domain: { mayImport: [], forbiddenPackages: '^(dexie|preact|hono|@hono|pg|@electric-sql|idb-keyval|workbox-window|node:)' },
  db: { mayImport: ['domain'] },
  // The worker reads flux from IndexedDB itself (read-base, store, auto-rematch).
  matching: { mayImport: ['domain', 'db'], forbiddenPackages: '^(preact|hono|@hono|pg|@electric-sql|node:)' },
  sync: { mayImport: ['domain', 'db', 'matching'] },
  exchange: { mayImport: ['domain', 'db'] },
  pwa: { mayImport: ['domain'] },
  ui: { mayImport: ['domain', 'db', 'matching', 'sync', 'exchange', 'pwa'] },
  server: { mayImport: ['domain'], forbiddenPackages: '^(dexie|preact|idb-keyval|workbox-window)' },
};

/** The layer of a path under `src`, or undefined for files outside src/ or at its top (main.tsx). */
function layerOf(src, path) {
  const parts = relative(src, path).split(sep);
  return parts.length > 1 && parts[0] !== '..' ? parts[0] : undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
const importDirection = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports go downwards between the layers of src/ (README « Architecture »).' },
    schema: [
      {
        type: 'object',
        properties: { src: { type: 'string' }, layers: { type: 'object' } },
        required: ['src', 'layers'],
        additionalProperties: false,
      },
    ],
    messages: {
      upward: '{{from}} ne doit pas importer {{to}} : {{from}} importe seulement {{allowed}} (README « Architecture »).',
      unknownLayer: 'src/{{from}} n’est pas une couche connue : ajoutez-la au tableau des couches (scripts/eslint-layers.js).',
      forbiddenPackage: '{{from}} ne doit pas utiliser le paquet {{spec}}.',
    },
  },
  create(context) {
    const { src, layers } = context.options[0];
    const from = layerOf(src, context.filename);
    if (!from) return {};
    const rules = layers[from];
    const check = (node) => {
      const spec = node?.type === 'Literal' && typeof node.value === 'string' ? node.value : undefined;
      if (!spec) return;
      if (!rules) {
        context.report({ node, messageId: 'unknownLayer', data: { from } });
        return;
      }
      if (spec.startsWith('.')) {
        const to = layerOf(src, resolve(dirname(context.filename), spec));
        if (!to || to === from || rules.mayImport.includes(to)) return;
        const allowed = rules.mayImport.length > 0 ? rules.mayImport.join(', ') : 'rien d’autre';
        context.report({ node, messageId: 'upward', data: { from, to, allowed } });
      } else if (rules.forbiddenPackages && new RegExp(rules.forbiddenPackages).test(spec)) {
        context.report({ node, messageId: 'forbiddenPackage', data: { from, spec } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default { rules: { 'import-direction': importDirection } };
