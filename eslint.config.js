// Lint: JavaScript's and typescript-eslint's recommended rules (not type-checked, to stay fast) and
// the import direction between the layers of src/ (scripts/eslint-layers.js). `npm run lint`.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import layers, { LAYERS } from './scripts/eslint-layers.js';

const SRC = fileURLToPath(new globalThis.URL('./src', import.meta.url));

export default tseslint.config(
  { ignores: ['dist/', 'data/', 'coverage/', 'node_modules/', '.tmp/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    plugins: { layers },
    rules: {
      'layers/import-direction': ['error', { src: SRC, layers: LAYERS }],
      // A leading underscore names what is left out on purpose (`const { secret: _secret, ...rest } = user`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Stripping control characters from text people type and from log lines is the point of those expressions.
      'no-control-regex': 'off',
    },
  },
);
