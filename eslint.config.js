// Lint enforces the layer boundaries of ARCHITECTURE.md, so that they hold by rule, not by memory:
// shared/ is pure (no Node, Electron, DOM), renderer/ never reaches into electron/,
// and nothing outside electron/main and electron/preload imports the 'electron' module.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';
import globals from 'globals';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const restrict = (paths, patterns, message) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: paths.map((name) => ({ name, message })),
      patterns: patterns.map((group) => ({ group: [group], message })),
    },
  ],
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', 'test-results/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain Node scripts: the bin shim, build scripts, this config.
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // electron-builder loads its configuration and hooks with require(): build/*.cjs stay CommonJS.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      ...restrict(
        [...nodeBuiltins, 'electron', 'better-sqlite3', 'react', 'react-dom', 'zustand', 'docx', 'exceljs'],
        ['**/electron/**', '**/renderer/**', 'node:*'],
        'shared/ là lớp thuần: không được dùng Node, Electron, DOM hay giao diện.',
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', 'localStorage', 'fetch'],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        [...nodeBuiltins, 'electron', 'better-sqlite3'],
        ['**/electron/**', 'node:*'],
        'renderer/ chỉ nói chuyện với đối tượng API được tiêm vào, không gọi Electron hay Node.',
      ),
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts', 'electron/web/**/*.ts'],
    rules: {
      ...restrict(['electron'], ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**'],
        'Dịch vụ chạy dưới Node thuần: không import electron, main, preload hay renderer.'),
    },
  },
);
